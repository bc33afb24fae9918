"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readUserValues = readUserValues;
const yaml_1 = require("yaml");
const merge_1 = require("./merge");
/**
 * Free-form values a user gave, as YAML text or as an object. YAML is read with anchors and
 * aliases resolved (and alias expansion bounded), so what we emit is plain data.
 */
function readUserValues(input) {
    if (input === undefined)
        return { values: {} };
    if ((0, merge_1.isMap)(input))
        return { values: JSON.parse(JSON.stringify(input)) };
    if (typeof input !== 'string')
        return { error: `values must be a YAML text or an object, not ${Array.isArray(input) ? 'a list' : typeof input}` };
    try {
        const parsed = (0, yaml_1.parse)(input, { maxAliasCount: 100, uniqueKeys: true });
        if (parsed === null || parsed === undefined)
            return { values: {} };
        if (!(0, merge_1.isMap)(parsed))
            return { error: 'the YAML is not a map of values' };
        return { values: parsed };
    }
    catch (error) {
        return { error: `the YAML does not parse: ${error.message.split('\n')[0]}` };
    }
}
