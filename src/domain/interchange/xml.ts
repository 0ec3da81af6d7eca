import { XMLBuilder } from 'fast-xml-parser';

/**
 * XML documents built as trees and written by fast-xml-parser's builder, which escapes every
 * text and attribute value: deck text can hold any character. Written without indentation,
 * since indenting would add white space inside mixed content (a cloze gap's text around
 * its input).
 */
type AttributeValue = string | number | boolean | undefined;

/** An element in the builder's order-preserving form: its name → children, ':@' → attributes. */
export type XmlElement = { [name: string]: XmlNode[] } & { ':@'?: Record<string, string> };
type XmlNode = XmlElement | { '#text': string };

/** An element; an undefined attribute is left out, a string child is text. */
export function el(
  name: string,
  attributes: Record<string, AttributeValue> = {},
  children: ReadonlyArray<XmlElement | string> = [],
): XmlElement {
  const kept = Object.entries(attributes).filter(
    (entry): entry is [string, string | number | boolean] => entry[1] !== undefined,
  );
  const element = {
    [name]: children
      .filter((child) => child !== '')
      .map((child) => (typeof child === 'string' ? { '#text': child } : child)),
  } as XmlElement;
  if (kept.length > 0) element[':@'] = Object.fromEntries(kept.map(([key, value]) => [key, String(value)]));
  return element;
}

const builder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  suppressEmptyNode: true,
  processEntities: true,
});

/** The whole file: the XML declaration, then the root element. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([root])}\n`;
}
