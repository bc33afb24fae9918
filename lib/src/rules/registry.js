"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RULES = void 0;
exports.findRule = findRule;
const CG_1_1 = require("./CG-1");
const CG_10_1 = require("./CG-10");
const CG_11_1 = require("./CG-11");
const CG_12_1 = require("./CG-12");
const CG_13_1 = require("./CG-13");
const CG_14_1 = require("./CG-14");
const CG_15_1 = require("./CG-15");
const CG_16_1 = require("./CG-16");
const CG_17_1 = require("./CG-17");
const CG_18_1 = require("./CG-18");
const CG_2_1 = require("./CG-2");
const CG_3_1 = require("./CG-3");
const CG_4_1 = require("./CG-4");
const CG_5_1 = require("./CG-5");
const CG_6_1 = require("./CG-6");
const CG_7_1 = require("./CG-7");
const CG_8_1 = require("./CG-8");
const CG_9_1 = require("./CG-9");
const HC_1_1 = require("./HC-1");
const HC_2_1 = require("./HC-2");
const HC_3_1 = require("./HC-3");
const HC_4_1 = require("./HC-4");
const HC_5_1 = require("./HC-5");
const VC_1_1 = require("./VC-1");
const VC_2_1 = require("./VC-2");
const VC_3_1 = require("./VC-3");
const VC_4_1 = require("./VC-4");
const VC_5_1 = require("./VC-5");
const VC_6_1 = require("./VC-6");
/** Every rule, in the order of DOMAIN.md. */
exports.RULES = [CG_1_1.CG1, CG_2_1.CG2, CG_3_1.CG3, CG_4_1.CG4, CG_5_1.CG5, CG_6_1.CG6, CG_7_1.CG7, CG_8_1.CG8, CG_9_1.CG9, CG_10_1.CG10, CG_11_1.CG11, CG_12_1.CG12, CG_13_1.CG13, CG_14_1.CG14, CG_15_1.CG15, CG_16_1.CG16, CG_17_1.CG17, CG_18_1.CG18, HC_1_1.HC1, HC_2_1.HC2, HC_3_1.HC3, HC_4_1.HC4, HC_5_1.HC5, VC_1_1.VC1, VC_2_1.VC2, VC_3_1.VC3, VC_4_1.VC4, VC_5_1.VC5, VC_6_1.VC6];
function findRule(id) {
    const wanted = id.trim().toUpperCase();
    return exports.RULES.find((rule) => rule.id === wanted);
}
