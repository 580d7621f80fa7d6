/**
 * The editor's own interface strings that Decap CMS's Vietnamese leaves in English, in Decap's
 * layout of keys; the page adds them to Decap's Vietnamese before it starts. A browser test
 * fails on any English string left, so a Decap update that adds strings is noticed. A module of
 * its own, so that the editor page's script carries these words and no others.
 */
export const EDITOR_INTERFACE = {
  auth: {
    loginWithAzure: 'Đăng nhập bằng Azure',
    loginWithForgejo: 'Đăng nhập bằng Forgejo',
  },
  collection: {
    collectionTop: { viewAsList: 'Xem dạng danh sách', viewAsGrid: 'Xem dạng lưới', groupBy: 'Nhóm theo' },
    entries: { unpublishedHeader: 'Mục chưa công bố' },
    groups: { other: 'Khác', negateLabel: 'Không %{label}' },
  },
  editor: {
    editorControl: { field: { widgetLabel: 'Ô %{widgetLabel}' } },
    editorControlPane: {
      i18n: {
        writingInLocale: 'Đang viết bằng %{locale}',
        copyFromLocale: 'Điền từ ngôn ngữ khác',
        copyFromLocaleConfirm: 'Điền dữ liệu từ ngôn ngữ %{locale}?\nMọi nội dung đang có sẽ bị thay.',
      },
    },
    editorInterface: {
      toggleI18n: 'Bật, tắt nhiều ngôn ngữ',
      togglePreview: 'Bật, tắt xem trước',
      toggleScrollSync: 'Cuộn cùng nhau',
      toggleNotes: 'Bật, tắt ghi chú',
    },
    editorNotesPane: {
      title: 'Ghi chú',
      emptyState: 'Chưa có ghi chú nào. Viết ghi chú đầu tiên ở dưới để trao đổi với người duyệt.',
      addNote: 'Thêm ghi chú',
      addPlaceholder: 'Viết ghi chú…',
      editPlaceholder: 'Sửa ghi chú…',
      save: 'Lưu',
      cancel: 'Hủy',
      edit: 'Sửa',
      delete: 'Xóa',
      resolve: 'Đánh dấu đã xong',
      unresolve: 'Mở lại',
      confirmDelete: 'Xóa ghi chú này?',
      shortcut: 'Mẹo: bấm Ctrl+Enter để thêm ghi chú nhanh',
    },
    editorToolbar: {
      statusInfoTooltipDraft: 'Mục đang là bản nháp. Để gửi duyệt, chuyển tình trạng sang "Chờ duyệt"',
      statusInfoTooltipInReview: 'Mục đang chờ duyệt, không cần làm gì thêm. Vẫn có thể sửa tiếp trong lúc chờ',
    },
    editorWidgets: {
      markdown: {
        bold: 'Chữ đậm',
        italic: 'Chữ nghiêng',
        strikethrough: 'Gạch ngang',
        code: 'Mã',
        link: 'Liên kết',
        linkPrompt: 'Nhập địa chỉ của liên kết',
        headings: 'Tiêu đề',
        quote: 'Trích dẫn',
        bulletedList: 'Danh sách gạch đầu dòng',
        numberedList: 'Danh sách đánh số',
        addComponent: 'Thêm thành phần',
        toggleMode: { rich: 'Chuyển sang soạn có định dạng', markdown: 'Chuyển sang Markdown' },
      },
      image: {
        chooseMultiple: 'Chọn ảnh',
        chooseUrl: 'Chèn từ địa chỉ web',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của ảnh',
        addMore: 'Thêm ảnh',
        removeAll: 'Bỏ tất cả ảnh',
      },
      file: {
        chooseUrl: 'Chèn từ địa chỉ web',
        chooseMultiple: 'Chọn tệp',
        replaceUrl: 'Thay bằng địa chỉ web',
        promptUrl: 'Nhập địa chỉ của tệp',
        addMore: 'Thêm tệp',
        removeAll: 'Bỏ tất cả tệp',
      },
      datetime: { setToNow: 'Đặt %{fieldLabel} là bây giờ' },
      list: { add: 'Thêm %{item}', addType: 'Thêm %{item}' },
      object: { expand: 'Mở ra', collapse: 'Thu gọn' },
    },
  },
  mediaLibrary: {
    mediaLibraryCard: { copy: 'Chép', copyUrl: 'Chép địa chỉ', copyPath: 'Chép đường dẫn', copyName: 'Chép tên', copied: 'Đã chép' },
    mediaLibraryModal: { close: 'Đóng' },
  },
  ui: {
    settingsDropdown: { account: 'Tài khoản' },
    toast: {
      noteAdded: 'Đã thêm ghi chú',
      onFailToAddNote: 'Không thêm được ghi chú: %{details}',
      noteUpdated: 'Đã sửa ghi chú',
      onFailToUpdateNote: 'Không sửa được ghi chú: %{details}',
      noteDeleted: 'Đã xóa ghi chú',
      onFailToDeleteNote: 'Không xóa được ghi chú: %{details}',
      noteResolved: 'Ghi chú đã xong',
      noteReopened: 'Đã mở lại ghi chú',
      onFailToToggleNote: 'Không đổi được tình trạng ghi chú: %{details}',
    },
  },
};
