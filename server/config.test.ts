import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "./config.ts";

describe("readConfig", () => {
  it("defaults to port 8080 on localhost with the repository corpus", () => {
    expect(readConfig({})).toEqual({
      port: 8080,
      host: "127.0.0.1",
      corpusDir: resolve("graph-seed/articles"),
      webDir: resolve("dist/web"),
      logLevel: "info",
      allowedHosts: ["localhost", "127.0.0.1", "[::1]"],
      usersFile: resolve("data/users.json"),
      sessionKeyFile: resolve("data/session.key"),
      sessionSecret: undefined,
      trustProxy: false,
      readCacheMb: 32,
      cypherConsole: { timeoutMs: 5000, rowLimit: 1000 },
    });
  });

  it("reads the Cypher console's timeout and row limit, and refuses nonsense", () => {
    expect(readConfig({ CYPHER_TIMEOUT_MS: "2500", CYPHER_ROW_LIMIT: "50" }).cypherConsole).toEqual({
      timeoutMs: 2500,
      rowLimit: 50,
    });
    expect(() => readConfig({ CYPHER_TIMEOUT_MS: "0" })).toThrow(/CYPHER_TIMEOUT_MS/);
    expect(() => readConfig({ CYPHER_ROW_LIMIT: "many" })).toThrow(/CYPHER_ROW_LIMIT/);
    expect(() => readConfig({ CYPHER_ROW_LIMIT: "1000000" })).toThrow(/from 1 to 10000/);
  });

  it("reads the read cache's size, 0 for none, and refuses anything else", () => {
    expect(readConfig({ READ_CACHE_MB: "0" }).readCacheMb).toBe(0);
    expect(readConfig({ READ_CACHE_MB: "128" }).readCacheMb).toBe(128);
    expect(() => readConfig({ READ_CACHE_MB: "lots" })).toThrow(/READ_CACHE_MB/);
  });

  it("answers to loopback names, the bound host and ALLOWED_HOSTS; 0.0.0.0 adds no name", () => {
    expect(
      readConfig({ HOST: "10.0.0.5", ALLOWED_HOSTS: " News.Example.org ,graph.local" }).allowedHosts,
    ).toEqual(["localhost", "127.0.0.1", "[::1]", "10.0.0.5", "news.example.org", "graph.local"]);
    expect(readConfig({ HOST: "0.0.0.0" }).allowedHosts).toEqual(["localhost", "127.0.0.1", "[::1]"]);
  });

  it("reads overrides", () => {
    const config = readConfig({
      PORT: "9000",
      HOST: "0.0.0.0",
      CORPUS_DIR: "/data/corpus",
      LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      port: 9000,
      host: "0.0.0.0",
      corpusDir: "/data/corpus",
      logLevel: "warn",
    });
  });

  it("keeps the users file beside the embedded snapshot unless USERS_FILE says where", () => {
    expect(readConfig({ EMBEDDED_SNAPSHOT: "/srv/graph/snap.json" })).toMatchObject({
      usersFile: "/srv/graph/users.json",
      sessionKeyFile: "/srv/graph/session.key",
    });
    expect(readConfig({ USERS_FILE: "/etc/graph/people.json" })).toMatchObject({
      usersFile: "/etc/graph/people.json",
      sessionKeyFile: "/etc/graph/session.key",
    });
  });

  it.each([
    ["", false],
    ["false", false],
    ["true", true],
    ["10.0.0.1, 192.168.0.0/16", ["10.0.0.1", "192.168.0.0/16"]],
  ])("reads TRUST_PROXY=%j", (value, expected) => {
    expect(readConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(["abc", "-1", "70000", "80.5"])("rejects PORT=%s with a clear message", (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(
      `PORT must be an integer from 0 to 65535, got "${port}"`,
    );
  });
});
