import { Fragment, isValidElement, type ReactElement, type ReactNode } from "react";

// The chart drawings are plain SVG components: the screen renders them with React, and the
// export writes them as SVG text with this function (react-dom/server is not allowed next to the
// App Router's server code, and the drawings need nothing it offers). Components must be pure:
// no hooks, no context, no effects. Event handlers are left out.

/** SVG attributes that keep their camelCase; every other camelCase prop becomes kebab-case. */
const CAMEL = new Set([
  "viewBox",
  "preserveAspectRatio",
  "gradientUnits",
  "gradientTransform",
  "patternUnits",
  "textLength",
  "lengthAdjust",
  "markerWidth",
  "markerHeight",
  "refX",
  "refY",
]);

export const escapeXml = (value: string | number) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

function attributeName(prop: string): string {
  if (prop === "className") return "class";
  if (prop.startsWith("data-") || prop.startsWith("aria-") || CAMEL.has(prop)) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attributes(props: Record<string, unknown>): string {
  return Object.entries(props)
    .filter(
      ([name, value]) =>
        name !== "children" &&
        name !== "key" &&
        name !== "ref" &&
        value !== undefined &&
        value !== null &&
        value !== false &&
        typeof value !== "function" &&
        typeof value !== "object",
    )
    .map(
      ([name, value]) =>
        ` ${attributeName(name)}="${escapeXml(value === true ? "true" : (value as string | number))}"`,
    )
    .join("");
}

/** A tree of SVG elements and pure components as SVG markup. */
export function svgMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return escapeXml(node);
  if (Array.isArray(node)) return node.map(svgMarkup).join("");
  if (!isValidElement(node)) return "";
  const element = node as ReactElement<Record<string, unknown> & { children?: ReactNode }>;
  if (element.type === Fragment) return svgMarkup(element.props.children);
  if (typeof element.type === "function")
    return svgMarkup((element.type as (props: unknown) => ReactNode)(element.props));
  if (typeof element.type !== "string")
    throw new Error("svgMarkup: only SVG elements and pure function components can be written");
  const children = svgMarkup(element.props.children);
  return `<${element.type}${attributes(element.props)}${children === "" ? "/>" : `>${children}</${element.type}>`}`;
}
