// jsonld and n3 ship no type declarations; the small part the open-data test uses.
declare module "jsonld" {
  const jsonld: {
    toRDF(doc: object, options: { format: "application/n-quads" }): Promise<string>;
    expand(doc: object, options: { safe?: boolean; documentLoader?: unknown }): Promise<object[]>;
    canonize(
      doc: object,
      options: {
        algorithm: "RDFC-1.0";
        format: "application/n-quads";
        safe?: boolean;
        documentLoader?: unknown;
      },
    ): Promise<string>;
  };
  export default jsonld;
}

declare module "n3" {
  import type { Quad } from "@rdfjs/types";
  export class Parser {
    constructor(options?: { format?: string });
    parse(input: string): Quad[];
  }
}
