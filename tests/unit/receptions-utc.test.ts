// The same reception rules must give the same answers whatever the machine's time zone.
process.env.TZ = 'UTC';
await import('./suites/receptions.suite');

export {};
