export { formatDay, formatLongDay, parseUserDay, NO_DATE_LABEL } from "./dates.ts";
export { formatNumber } from "./numbers.ts";
