"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isMap = isMap;
exports.mergeValues = mergeValues;
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function mergeValues(...layers) {
    const result = {};
    for (const layer of layers) {
        if (!layer)
            continue;
        for (const [key, value] of Object.entries(layer)) {
            const current = result[key];
            result[key] = isMap(current) && isMap(value) ? mergeValues(current, value) : value;
        }
    }
    return result;
}
