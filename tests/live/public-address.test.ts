import { describe, expect, it } from "vitest";
import { isIpLiteral, isPublicAddress } from "../../src/live/public-address.ts";
import { redactUrl, withoutCredentials } from "../../src/live/redact-url.ts";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1"],
    ["127.8.9.10"],
    ["10.1.2.3"],
    ["172.16.0.1"],
    ["192.168.1.1"],
    ["169.254.169.254"],
    ["100.64.0.1"],
    ["0.0.0.0"],
    ["224.0.0.1"],
    ["255.255.255.255"],
    ["::1"],
    ["[::1]"],
    ["::"],
    ["fe80::1"],
    ["fc00::1"],
    ["fd12:3456::1"],
    ["ff02::1"],
    ["::ffff:127.0.0.1"],
    ["::ffff:7f00:1"],
    ["::ffff:a9fe:a9fe"],
    ["không phải địa chỉ"],
  ])("returns false for %s", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([["8.8.8.8"], ["14.225.7.1"], ["2001:4860:4860::8888"], ["::ffff:8.8.8.8"]])("returns true for %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it("tells IP literals from names", () => {
    expect([isIpLiteral("[::1]"), isIpLiteral("127.0.0.1"), isIpLiteral("localhost"), isIpLiteral("vnexpress.net")]).toEqual([true, true, false, false]);
  });
});

describe("redactUrl", () => {
  it("returns the URL with user name and password replaced", () => {
    expect(redactUrl("https://ban:bi-mat@example.vn/rss")).toBe("https://***@example.vn/rss");
    expect(withoutCredentials("https://ban:bi-mat@example.vn/a.html")).toBe("https://example.vn/a.html");
  });

  it("returns a URL without credentials unchanged", () => {
    expect(redactUrl("https://example.vn/rss?a=1")).toBe("https://example.vn/rss?a=1");
  });
});
