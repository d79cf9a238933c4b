// Just enough of Frictionless's JavaScript libraries (datapackage 1.1, tableschema 1.12,
// no types of their own) for src/data/data-package.test.ts.
declare module 'datapackage' {
  interface Resource {
    name: string;
    tabular: boolean;
    descriptor: { path: string; schema?: { primaryKey?: string | string[]; foreignKeys?: unknown[] } };
  }
  export class Package {
    static load(
      descriptor: string | object,
      options?: { basePath?: string; strict?: boolean },
    ): Promise<Package>;
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: { resources: { name: string; path: string }[] };
  }
}

declare module 'tableschema' {
  export class Table {
    static load(source: string, options: { schema: object; bom?: boolean }): Promise<Table>;
    read(options?: {
      keyed?: boolean;
      relations?: Record<string, object[]>;
      cast?: boolean;
    }): Promise<Record<string, unknown>[]>;
    headers: string[];
  }
}
