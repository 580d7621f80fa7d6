/**
 * The words of the web editor's forms (/quan-tri/): the label and help of every field of every
 * kind of content, and the names of the choices. A field is looked up by its kind and path
 * (`documents:signer.name`), then by its path (`signer.name`), then by its own name (`name`): a
 * field that none of these covers stops the build (src/lib/editor-config.ts), so a field added
 * to a schema is never missing from its form.
 */
import type { EditorKind, EditorWords } from '../lib/editor-collections';
import type { FieldWords } from '../lib/editor-config';
import { DOCUMENT_KINDS, type DocumentKindId } from '../vocabulary/document-kinds';
import { WEEKDAYS } from '../vocabulary/reception-terms';
import { t, type MessageKey } from './index';
import { vi } from './vi';

const DATE_HINT = 'Viết năm-tháng-ngày, ví dụ 2027-01-17.';
const PARTIAL_DATE_HINT = 'Viết năm-tháng-ngày (2027-01-17); nếu văn bản không ghi rõ ngày, chỉ năm-tháng (2027-01) hoặc năm (2027).';
const DATE_TIME_HINT = 'Viết năm-tháng-ngàyTgiờ:phút, ví dụ 2027-01-17T07:30 (giờ Việt Nam).';
const TIME_HINT = 'Viết giờ:phút, ví dụ 07:30.';
const SLUG_HINT = 'Tên tệp của một mục trên trang, không có đuôi .mdx, ví dụ 2023-ke-hoach-dan-van-chinh-quyen.';

/** Words by field name, for every kind and place the name appears, unless a path says otherwise. */
const BY_NAME: Record<string, FieldWords> = {
  sample: { label: 'Nội dung mẫu', hint: 'Chỉ bật cho nội dung mẫu, không phải văn bản thật: trang sẽ có nhãn "Nội dung mẫu".' },
  title: { label: 'Tiêu đề' },
  summary: { label: 'Tóm tắt' },
  aliases: { label: 'Tên tệp cũ', hint: 'Nếu đã đổi tên tệp sau khi đăng: tên cũ, để địa chỉ cũ vẫn dẫn đến đây.' },
  withdrawn: { label: 'Gỡ bỏ', hint: 'Chỉ điền khi gỡ bỏ: trang vẫn còn, kèm thông báo và lý do.' },
  reason: { label: 'Lý do' },
  changes: {
    label: 'Ghi chú thay đổi',
    hint: 'Khi sửa điều người dân cần biết (ngày, giờ, nơi, số liệu) sau khi đã đăng: ghi ngày và nội dung sửa.',
  },
  note: { label: 'Ghi chú' },
  notes: { label: 'Ghi chú' },
  date: { label: 'Ngày', hint: DATE_HINT },
  place: { label: 'Địa điểm' },
  localities: { label: 'Thôn, tổ dân phố', hint: 'Để trống nếu áp dụng cho toàn xã, phường.' },
  broadcast: { label: 'Phát trên hệ thống truyền thanh', hint: 'Ghi các ngày đã phát; để trống nếu chưa phát.' },
  unit: { label: 'Đơn vị cũ', hint: 'Mã đơn vị cũ (trong cài đặt trang) khi mục thuộc một đơn vị trước sắp xếp mà ngày không cho biết.' },
  locality: { label: 'Thôn, tổ dân phố' },
  fields: { label: 'Lĩnh vực' },
  field: { label: 'Lĩnh vực' },
  kind: { label: 'Loại' },
  number: { label: 'Số ký hiệu' },
  issuer: { label: 'Cơ quan ban hành' },
  document: { label: 'Văn bản trên trang (tên tệp)', hint: SLUG_HINT },
  file: { label: 'Tệp đính kèm', hint: 'Tệp PDF tải lên thư mục content/files/.' },
  name: { label: 'Họ và tên' },
  draft: { label: 'Dự thảo' },
  id: { label: 'Mã', hint: 'Chữ thường không dấu, nối bằng gạch ngang, không trùng mã khác.' },
  start: { label: 'Giờ bắt đầu', hint: TIME_HINT },
  end: { label: 'Giờ kết thúc', hint: TIME_HINT },
  officer: { label: 'Người tiếp (chức danh)', hint: 'Chọn trong danh sách chức danh của Cài đặt trang.' },
  topics: { label: 'Nội dung tiếp' },
  status: { label: 'Tình trạng' },
  movedTo: { label: 'Dời sang' },
  due: { label: 'Hạn', hint: PARTIAL_DATE_HINT },
  responsible: { label: 'Đơn vị, người chịu trách nhiệm' },
  answer: { label: 'Trả lời' },
  from: { label: 'Từ ngày', hint: DATE_HINT },
  to: { label: 'Đến ngày', hint: DATE_HINT },
  published: { label: 'Ngày công bố', hint: DATE_HINT },
  announced: { label: 'Ngày thông báo', hint: DATE_HINT },
  hours: { label: 'Giờ tiếp nhận' },
  address: { label: 'Địa chỉ' },
  label: { label: 'Tên gọi' },
  email: { label: 'Thư điện tử' },
};

/** Words by path, where a name means something of its own. */
const BY_PATH: Record<string, FieldWords> = {
  'withdrawn.date': { label: 'Ngày gỡ bỏ', hint: DATE_HINT },
  'withdrawn.reason': { label: 'Lý do gỡ bỏ', hint: 'Hiện công khai trên trang.' },
  'changes.date': { label: 'Ngày sửa', hint: DATE_HINT },
  'changes.note': { label: 'Nội dung sửa', hint: 'Viết cho người dân, ví dụ "Dời buổi họp từ ngày 14/12 sang ngày 15/12."' },

  // Documents (văn bản).
  'documents:kind': { label: 'Loại văn bản' },
  'documents:draft': { label: 'Dự thảo lấy ý kiến', hint: 'Bật khi đăng dự thảo chưa có số, chưa ký.' },
  'documents:number': { label: 'Số ký hiệu', hint: 'Đúng như trên văn bản, ví dụ 12/KH-UBND. Để trống nếu bản đang có không ghi số.' },
  'documents:title': { label: 'Trích yếu', hint: 'Không lặp lại tên loại văn bản: "Tổ chức hội nghị đối thoại năm 2027".' },
  'documents:issuer': { label: 'Cơ quan ban hành', hint: 'Như in trên văn bản: "Ủy ban nhân dân xã …".' },
  'documents:parentIssuer': { label: 'Cơ quan chủ quản', hint: 'In phía trên tên cơ quan ban hành, nếu có.' },
  'documents:place': { label: 'Địa danh', hint: 'Địa danh ở dòng ngày tháng: "Đak Đoa, ngày …".' },
  'documents:issued': { label: 'Ngày ban hành', hint: PARTIAL_DATE_HINT },
  'documents:effective': { label: 'Ngày có hiệu lực', hint: PARTIAL_DATE_HINT },
  'documents:expiry': { label: 'Ngày hết hiệu lực', hint: PARTIAL_DATE_HINT },
  signer: { label: 'Người ký', hint: 'Bắt buộc với văn bản đã ban hành; dự thảo có thể để trống.' },
  'signer.authority': { label: 'Thẩm quyền ký', hint: 'TM (thay mặt), KT (ký thay), Q (quyền), TL, TUQ; để trống nếu người đứng đầu ký.' },
  'signer.onBehalfOf': { label: 'Thay mặt, ký thay cho', hint: '"Ủy ban nhân dân" sau TM; "Chủ tịch" sau KT.' },
  'signer.deputyOf': { label: 'Ký thay người đứng đầu', hint: 'Phó Chủ tịch ký thay mặt Ủy ban: ghi "Chủ tịch" (in dòng "KT. CHỦ TỊCH").' },
  'signer.position': { label: 'Chức vụ', hint: '"Chủ tịch", "Phó Chủ tịch".' },
  'signer.name': { label: 'Họ và tên người ký', hint: 'Như in trên văn bản.' },
  recipients: { label: 'Nơi nhận' },
  'recipients.name': { label: 'Nơi nhận' },
  'recipients.purpose': { label: 'Để làm gì' },
  implements: {
    label: 'Thực hiện văn bản',
    hint: 'Một văn bản trên trang (tên tệp), hoặc loại, số, ngày, cơ quan và trích yếu của văn bản bên ngoài.',
  },
  legalBases: {
    label: 'Căn cứ ban hành',
    hint: 'Mỗi căn cứ: một văn bản trên trang (tên tệp), hoặc loại, số, ngày, cơ quan và trích yếu.',
  },
  'implements.kind': { label: 'Loại văn bản' },
  'legalBases.kind': { label: 'Loại văn bản' },
  'implements.date': { label: 'Ngày ban hành', hint: PARTIAL_DATE_HINT },
  'legalBases.date': { label: 'Ngày ban hành', hint: PARTIAL_DATE_HINT },
  'implements.title': { label: 'Trích yếu' },
  'legalBases.title': { label: 'Trích yếu' },
  supersedes: { label: 'Thay thế văn bản', hint: `Tên tệp các văn bản trên trang mà văn bản này thay thế. ${SLUG_HINT}` },
  'documents:fields': { label: 'Lĩnh vực', hint: 'Chọn trong danh sách lĩnh vực của Cài đặt trang.' },
  attachments: { label: 'Tệp đính kèm', hint: 'Bản scan có chữ ký (PDF) và các tệp khác.' },
  'attachments.title': { label: 'Tên tệp hiển thị', hint: '"Bản scan văn bản có chữ ký".' },
  followUp: { label: 'Theo dõi thực hiện (kế hoạch)', hint: 'Với kế hoạch: các nhiệm vụ giao và các kỳ báo cáo.' },
  'followUp.tasks': { label: 'Nhiệm vụ' },
  'followUp.tasks.id': { label: 'Mã nhiệm vụ' },
  'followUp.tasks.section': { label: 'Mục', hint: 'Mục của văn bản giao nhiệm vụ: "III.2".' },
  'followUp.tasks.title': { label: 'Nhiệm vụ', hint: 'Tóm tắt theo lời văn bản.' },
  'followUp.reports': { label: 'Kỳ báo cáo' },
  'followUp.reports.id': { label: 'Mã kỳ báo cáo' },
  'followUp.reports.period': { label: 'Kỳ', hint: '"6 tháng đầu năm 2023".' },
  'followUp.reports.due': { label: 'Hạn (đến hết ngày)', hint: PARTIAL_DATE_HINT },
  'followUp.reports.before': { label: 'Hạn (trước ngày)', hint: `Khi văn bản ghi "trước ngày …". ${DATE_HINT}` },
  'followUp.reports.by': { label: 'Đơn vị báo cáo' },
  'followUp.reports.to': { label: 'Gửi đến' },
  answers: { label: 'Báo cáo cho kế hoạch', hint: 'Với báo cáo: kỳ báo cáo của kế hoạch mà báo cáo này trả lời.' },
  'answers.plan': { label: 'Kế hoạch (tên tệp)', hint: SLUG_HINT },
  'answers.duty': { label: 'Mã kỳ báo cáo', hint: 'Mã trong mục Kỳ báo cáo của kế hoạch.' },
  'answers.results': { label: 'Kết quả từng nhiệm vụ' },
  'answers.results.task': { label: 'Mã nhiệm vụ' },
  'answers.results.result': { label: 'Kết quả' },
  'answers.results.note': { label: 'Báo cáo nêu', hint: 'Điều báo cáo nêu về nhiệm vụ này.' },

  // Reception schedules (lịch tiếp công dân).
  'receptions:title': { label: 'Tên lịch', hint: '"Lịch tiếp công dân tháng 1 năm 2027".' },
  'receptions:from': { label: 'Áp dụng từ ngày', hint: DATE_HINT },
  'receptions:to': { label: 'Đến ngày', hint: DATE_HINT },
  'receptions:place': { label: 'Nơi tiếp công dân', hint: 'Áp dụng cho mọi buổi, trừ buổi ghi nơi khác.' },
  'receptions:notes': { label: 'Ghi chú chung' },
  rules: { label: 'Lịch lặp lại hằng tuần' },
  'rules.id': { label: 'Mã lịch', hint: '"chu-tich-thu-nam".' },
  'rules.weekday': { label: 'Thứ' },
  'rules.kind': { label: 'Hình thức' },
  'rules.from': { label: 'Bắt đầu từ ngày', hint: 'Để trống nếu từ đầu lịch.' },
  'rules.until': { label: 'Đến hết ngày', hint: DATE_HINT },
  'rules.place': { label: 'Nơi tiếp (nếu khác)' },
  'rules.exceptions': { label: 'Ngày nghỉ, dời lịch, người tiếp thay' },
  'rules.exceptions.officer': { label: 'Người tiếp thay' },
  sessions: { label: 'Buổi tiếp riêng lẻ' },
  'sessions.id': { label: 'Mã buổi' },
  'sessions.kind': { label: 'Hình thức' },
  'sessions.place': { label: 'Nơi tiếp (nếu khác)' },
  'movedTo.date': { label: 'Ngày mới', hint: DATE_HINT },
  'movedTo.start': { label: 'Giờ bắt đầu mới', hint: TIME_HINT },
  'movedTo.end': { label: 'Giờ kết thúc mới', hint: TIME_HINT },

  // Consultations (lấy ý kiến Nhân dân).
  'consultations:subject': { label: 'Nội dung lấy ý kiến' },
  'consultations:title': { label: 'Tên nội dung lấy ý kiến' },
  'consultations:summary': { label: 'Tóm tắt', hint: 'Một, hai câu cho danh sách và kết quả tìm kiếm.' },
  'consultations:opens': { label: 'Bắt đầu nhận ý kiến', hint: DATE_TIME_HINT },
  'consultations:closes': { label: 'Hết hạn nhận ý kiến', hint: `${DATE_TIME_HINT} Hết ngày 30/1 thì viết 2027-01-30T23:59.` },
  'consultations:audience': { label: 'Đối tượng lấy ý kiến' },
  'consultations:draft': { label: 'Dự thảo (tên tệp văn bản)', hint: SLUG_HINT },
  documents: { label: 'Tài liệu kèm theo', hint: 'Một văn bản trên trang (tên tệp), hoặc một tệp tải lên kèm tên.' },
  channels: { label: 'Cách góp ý', hint: 'Ít nhất một cách, mỗi cách có đủ thông tin để người dân dùng được.' },
  'channels.channel': { label: 'Cách góp ý' },
  'channels.place': { label: 'Nơi nhận ý kiến', hint: '"Bộ phận Tiếp nhận và trả kết quả".' },
  'channels.contact': { label: 'Người nhận (chức danh)' },
  'channels.address': { label: 'Địa chỉ' },
  'channels.number': { label: 'Số điện thoại', hint: 'Để trống: dùng số của Ủy ban trong Cài đặt trang.' },
  'channels.label': { label: 'Tên số điện thoại', hint: '"Đường dây nóng".' },
  'channels.recipient': { label: 'Người, nơi nhận thư' },
  'channels.places': { label: 'Nơi đặt hòm thư' },
  'channels.meetings': { label: 'Các buổi họp' },
  'channels.meetings.date': { label: 'Ngày họp', hint: DATE_HINT },
  'channels.meetings.time': { label: 'Giờ họp', hint: TIME_HINT },
  'channels.via': { label: 'Đơn vị tổng hợp ý kiến', hint: '"Ban Công tác Mặt trận các thôn, tổ dân phố".' },
  'channels.details': { label: 'Cách phát và thu phiếu' },
  mttq: { label: 'Phản biện của Mặt trận Tổ quốc' },
  'mttq.sent': { label: 'Ngày gửi dự thảo', hint: DATE_HINT },
  'mttq.replied': { label: 'Ngày nhận ý kiến phản biện', hint: DATE_HINT },
  'mttq.summary': { label: 'Nội dung phản biện' },
  outcome: { label: 'Kết quả lấy ý kiến', hint: 'Điền khi công bố kết quả, sau khi hết hạn nhận ý kiến.' },
  'outcome.published': { label: 'Ngày công bố kết quả', hint: DATE_HINT },
  'outcome.total': { label: 'Tổng số ý kiến' },
  'outcome.byChannel': { label: 'Số ý kiến theo từng cách', hint: 'Để trống nếu không rõ; nếu điền thì cộng lại bằng tổng số.' },
  'outcome.summary': { label: 'Tóm tắt kết quả' },
  'outcome.points': { label: 'Ý kiến và giải trình, tiếp thu' },
  'outcome.points.point': { label: 'Ý kiến', hint: 'Nội dung ý kiến, không ghi tên người góp ý.' },
  'outcome.points.count': { label: 'Số ý kiến nêu điều này' },
  'outcome.points.from': { label: 'Từ đâu', hint: 'Theo nơi, tổ chức: "Tổ dân phố 3".' },
  'outcome.points.answer': { label: 'Tiếp thu hay giải trình' },
  'outcome.points.reason': { label: 'Nội dung tiếp thu, giải trình' },
  'outcome.adopted': { label: 'Văn bản được thông qua (tên tệp)', hint: SLUG_HINT },

  // Dialogues (đối thoại).
  'dialogues:kind': { label: 'Hình thức' },
  'dialogues:title': { label: 'Tên buổi đối thoại' },
  'dialogues:start': { label: 'Bắt đầu', hint: DATE_TIME_HINT },
  'dialogues:end': { label: 'Giờ kết thúc', hint: TIME_HINT },
  'dialogues:place': { label: 'Địa điểm' },
  chair: { label: 'Chủ trì (chức danh)' },
  coChairs: { label: 'Đồng chủ trì (chức danh)' },
  resultsPublished: { label: 'Ngày công bố kết quả', hint: DATE_HINT },
  participation: { label: 'Thành phần tham dự' },
  'participation.attendees': { label: 'Tổng số người dự' },
  'participation.citizens': { label: 'Số người dân dự' },
  'participation.organisations': { label: 'Cơ quan, tổ chức dự' },
  'participation.localities': { label: 'Thôn, tổ dân phố có người dự' },
  minutes: { label: 'Biên bản' },
  'minutes.title': { label: 'Tên biên bản' },
  issues: { label: 'Ý kiến, kiến nghị của người dân', hint: 'Không ghi tên, số định danh hay địa chỉ của người nêu.' },
  'issues.id': { label: 'Mã ý kiến', hint: '"DT-2027-01": năm và số thứ tự.' },
  'issues.field': { label: 'Lĩnh vực' },
  'issues.raised': { label: 'Nội dung người dân nêu' },
  'issues.answer': { label: 'Trả lời tại buổi đối thoại' },
  'issues.responsible': { label: 'Đơn vị giải quyết' },
  'issues.transferredTo': { label: 'Chuyển đến cơ quan' },
  'issues.updates': { label: 'Kết quả giải quyết sau đó' },
  'issues.updates.date': { label: 'Ngày', hint: DATE_HINT },
  'issues.updates.text': { label: 'Nội dung' },

  // Standing pages.
  'pages:summary': { label: 'Tóm tắt', hint: 'Một câu cho danh sách và mô tả trang.' },
  forStaff: { label: 'Trang dành cho cán bộ', hint: 'Không có trong tìm kiếm công khai.' },

  // Site settings (content/site.yaml).
  'site:unit': { label: 'Đơn vị hành chính hiện nay', hint: 'Theo nghị quyết sắp xếp; để trống đến khi có tên chính thức.' },
  'site:unit.type': { label: 'Loại đơn vị', hint: 'Xã, phường hoặc đặc khu (từ 01/7/2025 không còn thị trấn).' },
  'site:unit.name': { label: 'Tên đơn vị', hint: 'Không có chữ "xã", "phường": "Đak Đoa".' },
  'site:unit.nameEn': { label: 'Tên tiếng Anh của Ủy ban', hint: '"Dak Doa Commune People\'s Committee".' },
  'site:unit.since': { label: 'Hoạt động từ ngày', hint: 'Thường là 2025-07-01.' },
  'site:unit.formedBy': {
    label: 'Nghị quyết thành lập',
    hint: '"Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội".',
  },
  formerUnits: { label: 'Đơn vị cũ đã hợp thành', hint: 'Đơn vị đầu tiên là đơn vị trang này đăng tin trước đây.' },
  'formerUnits.id': { label: 'Mã đơn vị cũ', hint: '"thi-tran-dak-doa".' },
  'formerUnits.type': { label: 'Loại đơn vị' },
  'formerUnits.name': { label: 'Tên đơn vị', hint: '"Đak Đoa".' },
  'formerUnits.parent': { label: 'Cơ quan cấp trên lúc đó', hint: '"UBND huyện Đak Đoa".' },
  'formerUnits.until': { label: 'Hoạt động đến ngày', hint: 'Thường là 2025-06-30.' },
  'formerUnits.nameEn': { label: 'Tên tiếng Anh của Ủy ban cũ' },
  province: { label: 'Tỉnh, thành phố' },
  'site:address': { label: 'Địa chỉ trụ sở' },
  phones: { label: 'Số điện thoại' },
  'phones.label': { label: 'Tên số', hint: '"Văn phòng UBND".' },
  'phones.number': { label: 'Số', hint: 'Số cố định có mã vùng, hoặc số di động.' },
  'site:email': { label: 'Thư điện tử của Ủy ban' },
  officeHours: { label: 'Giờ làm việc' },
  'officeHours.days': { label: 'Ngày', hint: '"Thứ Hai đến Thứ Sáu".' },
  'officeHours.hours': { label: 'Giờ', hint: '"Sáng 7:00–11:00, chiều 13:30–17:00".' },
  officers: { label: 'Chức danh', hint: 'Các chức danh mà lịch tiếp công dân chọn.' },
  'officers.id': { label: 'Mã chức danh', hint: '"chu-tich".' },
  'officers.role': { label: 'Chức danh' },
  'officers.name': { label: 'Họ và tên', hint: 'Chỉ điền nếu được công khai.' },
  'officers.head': { label: 'Người đứng đầu Ủy ban', hint: 'Đúng một chức danh: Chủ tịch.' },
  'site:localities': { label: 'Thôn, tổ dân phố' },
  'site:localities.id': { label: 'Mã', hint: '"thon-1".' },
  'site:localities.name': { label: 'Tên' },
  'site:localities.placeholder': { label: 'Tên tạm', hint: 'Bật khi chưa nhập tên thật.' },
  'site:localities.formerUnit': { label: 'Thuộc đơn vị cũ', hint: 'Mã đơn vị cũ mà thôn, tổ dân phố thuộc về trước 01/7/2025.' },
  'site:localities.until': { label: 'Tên cũ dùng đến ngày', hint: 'Chỉ ghi khi thôn, tổ dân phố được sáp nhập hoặc đổi tên.' },
  'site:localities.now': { label: 'Nay là', hint: 'Mã thôn, tổ dân phố hiện nay.' },
  'translations:language': { label: 'Ngôn ngữ', hint: 'Một ngôn ngữ đã khai báo trong Cài đặt trang.' },
  'translations:translates': {
    label: 'Địa chỉ trang tiếng Việt được dịch',
    hint: 'Chép từ trình duyệt, ví dụ /van-ban/2023-ke-hoach-dan-van-chinh-quyen/.',
  },
  'translations:vietnameseVersion': {
    label: 'Ngày của bản tiếng Việt đã dịch',
    hint: 'Ngày "Đăng lần đầu" hoặc "Cập nhật lần cuối" trên trang tiếng Việt lúc dịch.',
  },
  'translations:title': { label: 'Tiêu đề bằng ngôn ngữ của bản dịch' },
  'translations:translator': { label: 'Người dịch', hint: 'Để trống nếu không muốn ghi tên.' },
  'site:languages': {
    label: 'Ngôn ngữ của bản dịch',
    hint: 'Chỉ khai báo khi đã có bản dịch do người dịch; không dịch bằng máy.',
  },
  'site:languages.code': { label: 'Mã ngôn ngữ (BCP 47)', hint: '"bdq" tiếng Ba Na, "jra" tiếng Gia Rai.' },
  'site:languages.name': { label: 'Tên ngôn ngữ, như người nói ngôn ngữ ấy viết', hint: '"Bahnar".' },
  'site:languages.vietnameseName': { label: 'Tên tiếng Việt của ngôn ngữ', hint: '"tiếng Ba Na".' },
  'site:fields': { label: 'Lĩnh vực', hint: 'Danh sách lĩnh vực mà văn bản, ý kiến chọn.' },
  baseUrl: { label: 'Địa chỉ trang', hint: '"https://dakdoa.example.org/".' },
  repositoryUrl: { label: 'Địa chỉ kho mã nguồn' },
  editor: { label: 'Trình soạn thảo trên web' },
  'editor.repository': { label: 'Kho trên GitHub', hint: '"chu-so-huu/ten-kho".' },
  'editor.branch': { label: 'Nhánh chính' },
  'editor.signInUrl': { label: 'Địa chỉ dịch vụ đăng nhập GitHub', hint: 'Xem hướng dẫn đăng tin, mục trình soạn thảo trên web.' },
  'broadcast.days': { label: 'Các đợt phát' },
  'broadcast.days.from': { label: 'Từ ngày', hint: DATE_HINT },
  'broadcast.days.to': { label: 'Đến ngày', hint: 'Để trống nếu chỉ phát một ngày.' },
  'broadcast.days.times': { label: 'Giờ phát mỗi ngày', hint: '"06:00", "17:00".' },
  'broadcast.text': { label: 'Bản tin do văn phòng viết', hint: 'Để trống thì dùng bản tin trang tự soạn.' },
  spoken: { label: 'Cách đọc số trong bản tin truyền thanh' },
  'spoken.one': { label: 'Số 1 sau "mươi"', hint: '"hai mươi mốt" hay "hai mươi một".' },
  'spoken.four': { label: 'Số 4 sau "mươi"', hint: '"hai mươi tư" hay "hai mươi bốn".' },
  'spoken.five': { label: 'Số 5 sau "mười", "mươi"', hint: '"mười lăm" hay "mười năm".' },
  'spoken.zeroTens': { label: 'Số 0 ở hàng chục', hint: '"một trăm linh năm" hay "một trăm lẻ năm".' },
  consultation: { label: 'Quy định lấy ý kiến' },
  'consultation.minimumDays': { label: 'Số ngày lấy ý kiến tối thiểu' },
  'consultation.outcomeDueDays': { label: 'Số ngày công bố kết quả sau khi hết hạn' },
  holidays: { label: 'Ngày nghỉ lễ' },
  'holidays.name': { label: 'Tên ngày lễ' },
};

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

/** The words of the field at `path` of `kind`, most particular first. */
function fieldWords(kind: EditorKind, path: string): FieldWords | undefined {
  const parts = path.split('.');
  // A path's tail, longest first: `issues.updates.date`, then `updates.date`.
  const tails = parts.map((_, index) => parts.slice(index).join('.'));
  for (const tail of tails) {
    // A bare name (`notes`) is looked up as a path only at the top of the form.
    const whole = tail.includes('.') || tail === path;
    const found = whole ? (BY_PATH[`${kind}:${tail}`] ?? BY_PATH[tail]) : undefined;
    if (found) return found;
  }
  const name = parts.at(-1) ?? '';
  // The opinions counted by channel: one field per channel, named by its id.
  const channelKey = `consultation.channel.${name}`;
  if (parts.at(-2) === 'byChannel' && channelKey in vi) return { label: capitalised(t(channelKey as MessageKey)) };
  return BY_NAME[name];
}

const CHOICE_KEYS: Record<string, string> = {
  'consultations:subject': 'consultation.subject.',
  'consultations:channels.channel': 'consultation.channel.',
  'consultations:outcome.points.answer': 'consultation.answer.',
  'dialogues:kind': 'dialogue.kind.',
  'dialogues:issues.status': 'dialogue.status.',
  'documents:answers.results.result': 'followUp.result.',
  'receptions:rules.kind': 'reception.kind.',
  'receptions:sessions.kind': 'reception.kind.',
};

/** Choices the interface has no words for elsewhere. */
const CHOICES: Record<string, string> = {
  TM: 'TM – thay mặt',
  KT: 'KT – ký thay',
  Q: 'Q – quyền',
  TL: 'TL – thừa lệnh',
  TUQ: 'TUQ – thừa ủy quyền',
  'b/c': 'b/c – để báo cáo',
  'p/h': 'p/h – để phối hợp',
  't/h': 't/h – để thực hiện',
  'đ/b': 'đ/b – để biết',
  scheduled: 'Theo lịch',
  cancelled: 'Nghỉ (hủy buổi)',
  moved: 'Dời ngày, giờ',
  substituted: 'Người khác tiếp thay',
};

function choiceLabel(kind: EditorKind, path: string, value: string): string {
  const prefix = CHOICE_KEYS[`${kind}:${path}`];
  const key = `${prefix ?? ''}${value}`;
  if (prefix && key in vi) return capitalised(t(key as MessageKey));
  if (value in DOCUMENT_KINDS) return DOCUMENT_KINDS[value as DocumentKindId].name;
  const weekday = (WEEKDAYS as readonly string[]).indexOf(value);
  if (weekday >= 0) return t('reception.weekday.long').split(',')[weekday] ?? value;
  return CHOICES[value] ?? value;
}

const COLLECTIONS: Record<EditorKind, { label: string; singular: string; description: string }> = {
  documents: { label: 'Văn bản', singular: 'văn bản', description: 'Kế hoạch, quyết định, thông báo, báo cáo… đăng công khai.' },
  receptions: { label: 'Lịch tiếp công dân', singular: 'lịch tiếp công dân', description: 'Ai tiếp công dân, ngày nào, ở đâu.' },
  consultations: {
    label: 'Lấy ý kiến Nhân dân',
    singular: 'nội dung lấy ý kiến',
    description: 'Dự thảo đưa ra lấy ý kiến, cách góp ý, và kết quả tiếp thu, giải trình.',
  },
  dialogues: {
    label: 'Đối thoại',
    singular: 'buổi đối thoại',
    description: 'Ý kiến người dân nêu, trả lời, đơn vị giải quyết và kết quả.',
  },
  pages: { label: 'Trang thông tin', singular: 'trang', description: 'Nội quy tiếp công dân, hướng dẫn đăng tin.' },
  translations: {
    label: 'Bản dịch',
    singular: 'bản dịch',
    description: 'Bản dịch do người dịch sang tiếng đồng bào dân tộc (không dùng máy dịch); khai báo ngôn ngữ trong Cài đặt trang trước.',
  },
  site: { label: 'Cài đặt trang', singular: 'cài đặt trang', description: 'Tên đơn vị, liên hệ, chức danh, thôn, tổ dân phố, lĩnh vực.' },
};

/** What a date, time or id field says when the text is not written as it must be (Decap adds the full stop). */
const PATTERN_MESSAGES: Record<string, string> = {
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'Viết ngày dạng năm-tháng-ngày, ví dụ 2027-01-17 (không viết 17/01/2027)',
  '^\\d{4}-\\d{2}-\\d{2}$': 'Viết ngày dạng năm-tháng-ngày, ví dụ 2027-01-17 (không viết 17/01/2027)',
  '^\\d{2}:\\d{2}$': 'Viết giờ dạng giờ:phút, ví dụ 07:30',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$': 'Viết dạng năm-tháng-ngàyTgiờ:phút, ví dụ 2027-01-17T07:30',
};

/** The words of the editor for every kind of content. */
export const EDITOR_WORDS: EditorWords = {
  field: (path) => {
    const [kind, fieldPath] = path.split(':') as [EditorKind, string];
    return fieldWords(kind, fieldPath);
  },
  option: (path, value) => {
    const [kind, fieldPath] = path.split(':') as [EditorKind, string];
    return choiceLabel(kind, fieldPath, value);
  },
  patternMessage: (pattern) => PATTERN_MESSAGES[pattern] ?? 'Chưa đúng cách viết: xem dòng hướng dẫn dưới ô',
  collection: (kind) => COLLECTIONS[kind],
  body: {
    label: 'Nội dung',
    hint: 'Viết bằng Markdown như hướng dẫn đăng tin: "## I. TÊN PHẦN" cho tên phần, "1. …" cho mục đánh số, dòng trống giữa các đoạn.',
  },
};

/** The words of the editor page around the editor itself. */
export const EDITOR_PAGE = {
  title: 'Trình soạn thảo – đăng tin lên trang',
  loading: 'Đang mở trình soạn thảo…',
  noScript: 'Trình soạn thảo cần JavaScript. Trang công khai không cần.',
  notConnected:
    'Trang chưa được nối với kho trên GitHub (mục "editor" của content/site.yaml): chỉ dùng được trên máy có chạy "npx decap-server". Xem hướng dẫn đăng tin.',
} as const;
