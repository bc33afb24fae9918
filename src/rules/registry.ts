import { CG1 } from './CG-1';
import { CG10 } from './CG-10';
import { CG11 } from './CG-11';
import { CG12 } from './CG-12';
import { CG13 } from './CG-13';
import { CG14 } from './CG-14';
import { CG15 } from './CG-15';
import { CG16 } from './CG-16';
import { CG17 } from './CG-17';
import { CG18 } from './CG-18';
import { CG19 } from './CG-19';
import { CG20 } from './CG-20';
import { CG21 } from './CG-21';
import { CG22 } from './CG-22';
import { CG23 } from './CG-23';
import { CG24 } from './CG-24';
import { CG25 } from './CG-25';
import { CG2 } from './CG-2';
import { CG3 } from './CG-3';
import { CG4 } from './CG-4';
import { CG5 } from './CG-5';
import { CG6 } from './CG-6';
import { CG7 } from './CG-7';
import { CG8 } from './CG-8';
import { CG9 } from './CG-9';
import { HC1 } from './HC-1';
import { HC2 } from './HC-2';
import { HC3 } from './HC-3';
import { HC4 } from './HC-4';
import { HC5 } from './HC-5';
import { HC6 } from './HC-6';
import { HC7 } from './HC-7';
import { OQ1 } from './OQ-1';
import { PL1 } from './PL-1';
import { PL2 } from './PL-2';
import { PL3 } from './PL-3';
import { PL4 } from './PL-4';
import { PL5 } from './PL-5';
import { PL6 } from './PL-6';
import { PL7 } from './PL-7';
import { Rule } from './rule';
import { VC1 } from './VC-1';
import { VC2 } from './VC-2';
import { VC3 } from './VC-3';
import { VC4 } from './VC-4';
import { VC5 } from './VC-5';
import { VC6 } from './VC-6';
import { VC7 } from './VC-7';
import { VC8 } from './VC-8';
import { VC9 } from './VC-9';

/** Every rule, in the order of DOMAIN.md, then ours beyond it (OQ, PL). */
export const RULES: readonly Rule[] = [
  CG1,
  CG2,
  CG3,
  CG4,
  CG5,
  CG6,
  CG7,
  CG8,
  CG9,
  CG10,
  CG11,
  CG12,
  CG13,
  CG14,
  CG15,
  CG16,
  CG17,
  CG18,
  CG19,
  CG20,
  CG21,
  CG22,
  CG23,
  CG24,
  CG25,
  HC1,
  HC2,
  HC3,
  HC4,
  HC5,
  HC6,
  HC7,
  VC1,
  VC2,
  VC3,
  VC4,
  VC5,
  VC6,
  VC7,
  VC8,
  VC9,
  OQ1,
  PL1,
  PL2,
  PL3,
  PL4,
  PL5,
  PL6,
  PL7,
];

export function findRule(id: string): Rule | undefined {
  const wanted = id.trim().toUpperCase();
  return RULES.find((rule) => rule.id === wanted);
}
