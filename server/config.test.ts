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
    });
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

  it.each(["abc", "-1", "70000", "80.5"])("rejects PORT=%s with a clear message", (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(
      `PORT must be an integer from 0 to 65535, got "${port}"`,
    );
  });
});
