"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const main_1 = require("./main");
// exitCode rather than process.exit(): stdout may still be flushing into a pipe.
void (0, main_1.main)(process.argv).then((code) => {
    process.exitCode = code;
});
