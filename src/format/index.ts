export { formatDay, formatLongDay, parseUserDay, NO_DATE_LABEL } from "./dates.ts";
export { formatNumber } from "./numbers.ts";
export { formatVietnamTime, VIETNAM_OFFSET_MS, VIETNAM_TIME_ZONE } from "./vietnam-time.ts";
