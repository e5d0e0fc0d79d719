/**
 * The zone every browser test runs in (Balikpapan, WITA, UTC+8), and the zone of the server
 * processes those tests start: on a clerk's PC the window and the core share the machine's zone,
 * so "today" is one date on both sides. With the browser in WITA and the server in this machine's
 * UTC, from 16:00 UTC the page's today was the server's tomorrow.
 */
export const TEST_TIMEZONE = 'Asia/Makassar';
