"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.writeReviewFiles = writeReviewFiles;
const fs_1 = require("fs");
const path_1 = require("path");
const markdown_1 = require("./markdown");
const view_1 = require("./view");
/** Writes review.md and review.json (with the capacity figures) beside the synthesized stacks. */
function writeReviewFiles(dir, evaluation) {
    const view = (0, view_1.viewOf)(evaluation);
    (0, fs_1.writeFileSync)((0, path_1.join)(dir, 'review.json'), `${JSON.stringify(view, null, 2)}\n`);
    (0, fs_1.writeFileSync)((0, path_1.join)(dir, 'review.md'), (0, markdown_1.renderReviewMarkdown)(view));
}
