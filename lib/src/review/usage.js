"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.usageBar = usageBar;
const quantity_1 = require("../model/quantity");
const BAR_WIDTH = 10;
/** `[######----] 6/10 (60%)`: a share of capacity × oversubscription, readable in a terminal and in Markdown code. */
function usageBar(use, unit) {
    if (use.limit === null || use.limit <= 0)
        return `${(0, quantity_1.formatAmount)(use.used, unit)}/?`;
    const share = use.used / use.limit;
    const filled = Math.min(BAR_WIDTH, Math.round(share * BAR_WIDTH));
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(0, quantity_1.formatAmount)(use.used, unit)}/${(0, quantity_1.formatAmount)(use.limit, unit)} (${Math.round(share * 100)}%)`;
}
