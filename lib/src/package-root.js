"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.packageRoot = packageRoot;
const fs_1 = require("fs");
const path_1 = require("path");
/** The package's own folder, found from this file whether it runs from source or from the compiled output. */
function packageRoot() {
    let dir = __dirname;
    while (!(0, fs_1.existsSync)((0, path_1.join)(dir, 'package.json'))) {
        const parent = (0, path_1.dirname)(dir);
        if (parent === dir)
            throw new Error(`cdktf-cluster-groups: no package.json above ${__dirname}`);
        dir = parent;
    }
    return dir;
}
