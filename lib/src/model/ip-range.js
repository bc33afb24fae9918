"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseIpRange = parseIpRange;
exports.rangeSize = rangeSize;
exports.addressAt = addressAt;
exports.offsetOf = offsetOf;
exports.overlaps = overlaps;
exports.isCidr = isCidr;
const ipaddr = __importStar(require("ipaddr.js"));
function toBigInt(address) {
    return address.toByteArray().reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
}
function parseAddress(text) {
    const trimmed = text.trim();
    if (ipaddr.IPv4.isValidFourPartDecimal(trimmed))
        return ipaddr.IPv4.parse(trimmed);
    if (ipaddr.IPv6.isValid(trimmed))
        return ipaddr.IPv6.parse(trimmed);
    return undefined;
}
/** Parses a pool entry the way MetalLB reads `IPAddressPool.spec.addresses`. */
function parseIpRange(text) {
    if (typeof text !== 'string' || text.trim() === '')
        return { error: 'an empty address range' };
    if (text.includes('/')) {
        if (!ipaddr.isValidCIDR(text.trim()))
            return { error: `'${text}' is not a CIDR` };
        const [network, bits] = ipaddr.parseCIDR(text.trim());
        const width = network.kind() === 'ipv4' ? 32 : 128;
        const first = toBigInt(network);
        const hostBits = BigInt(width - bits);
        const start = (first >> hostBits) << hostBits;
        const range = { text, family: network.kind(), start, end: start + (1n << hostBits) - 1n };
        if (start !== first)
            return { error: `'${text}' has host bits set: the network is ${addressAt(range, 0n)}/${bits}` };
        return { range };
    }
    const parts = text.split('-');
    if (parts.length !== 2)
        return { error: `'${text}' is neither a CIDR nor a 'first-last' range` };
    const [from, to] = parts.map(parseAddress);
    if (!from || !to)
        return { error: `'${text}' holds an address that is not IPv4 or IPv6` };
    if (from.kind() !== to.kind())
        return { error: `'${text}' mixes IPv4 and IPv6` };
    const start = toBigInt(from);
    const end = toBigInt(to);
    if (end < start)
        return { error: `'${text}' runs backwards (its first address is after its last)` };
    return { range: { text, family: from.kind(), start, end } };
}
/** The number of addresses in a range. */
function rangeSize(range) {
    return range.end - range.start + 1n;
}
/** The address at a position of a range, in the family's usual text form. */
function addressAt(range, offset) {
    const value = range.start + offset;
    const bytes = range.family === 'ipv4' ? 4 : 16;
    const array = [];
    for (let i = bytes - 1; i >= 0; i--)
        array.push(Number((value >> BigInt(i * 8)) & 0xffn));
    return ipaddr.fromByteArray(array).toString();
}
/** The position of an address inside a range, or undefined when it lies outside. */
function offsetOf(range, address) {
    const parsed = parseAddress(address);
    if (!parsed || parsed.kind() !== range.family)
        return undefined;
    const value = toBigInt(parsed);
    return value >= range.start && value <= range.end ? value - range.start : undefined;
}
/**
 * Pairs of overlapping ranges, found by sorting (O(n log n)): each range is compared with
 * the furthest-reaching range before it, so every overlap is reported at least once.
 */
function overlaps(items) {
    const sorted = [...items].sort((a, b) => a.range.family !== b.range.family ? (a.range.family < b.range.family ? -1 : 1) : a.range.start < b.range.start ? -1 : a.range.start > b.range.start ? 1 : 0);
    const found = [];
    let reach;
    for (const item of sorted) {
        if (reach && reach.range.family === item.range.family && item.range.start <= reach.range.end)
            found.push([reach, item]);
        if (!reach || reach.range.family !== item.range.family || item.range.end > reach.range.end)
            reach = item;
    }
    return found;
}
/** Whether a CIDR (for `loadBalancerSourceRanges`) is valid. */
function isCidr(text) {
    return typeof text === 'string' && ipaddr.isValidCIDR(text);
}
