"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toYaml = toYaml;
const yaml_1 = require("yaml");
/** Values as the YAML document Helm reads: keys sorted, so the same values always give the same text (and a readable plan diff). */
function toYaml(values) {
    return (0, yaml_1.stringify)(values, { sortMapEntries: true, lineWidth: 0, aliasDuplicateObjects: false });
}
