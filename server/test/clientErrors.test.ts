/** Requests Node's HTTP parser refuses still get the documented ErrorBody. */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, removeHarnessFiles, startHarness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
  await removeHarnessFiles(h);
});

/** Sends raw bytes and resolves with everything the server wrote before closing. */
function raw(request: string): Promise<string> {
  const { hostname, port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(request));
    let data = "";
    socket.on("data", (chunk) => {
      data += chunk.toString();
    });
    socket.on("close", () => resolve(data));
    socket.on("error", reject);
  });
}

const bodyOf = (response: string) => JSON.parse(response.slice(response.indexOf("\r\n\r\n") + 4));

describe("client errors before routing", () => {
  it("answers a request line over 16 KB with 431 and an ErrorBody", async () => {
    const res = await fetch(`${h.url}/api/nodes/${"x".repeat(20_000)}`);
    expect(res.status).toBe(431);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["error", "message"]);
    expect(body.error).toBe("Request Header Fields Too Large");
  });

  it("answers a malformed request with 400 and an ErrorBody", async () => {
    const response = await raw("GARBAGE\r\n\r\n");
    expect(response.split("\r\n")[0]).toBe("HTTP/1.1 400 Bad Request");
    expect(bodyOf(response)).toEqual({ error: "Bad Request", message: "malformed HTTP request" });
  });
});
