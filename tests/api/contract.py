#!/usr/bin/env python3
"""Runs schemathesis against a running CareCircle with its own OpenAPI document.

Signs in as the given account the way a person would (login form, then /account/tokens),
creates a read-and-write token, and lets schemathesis call every operation with it: no
answer may be a 5xx, carry an undocumented status or content type, or break its schema.

    python3 tests/api/contract.py --base http://127.0.0.1:8080 --email a@b.c --password ...
"""

import argparse
import http.cookiejar
import re
import subprocess
import sys
import urllib.parse
import urllib.request

CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def opener():
    jar = http.cookiejar.CookieJar()
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar)), jar


def cookie(jar, name):
    return next((c.value for c in jar if c.name == name), None)


def hidden_csrf(page):
    found = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    if not found:
        sys.exit("no CSRF token on the page")
    return found.group(1)


def post(browser, url, fields):
    data = urllib.parse.urlencode(fields).encode()
    with browser.open(urllib.request.Request(url, data=data, method="POST")) as res:
        return res.read().decode()


def token_for(base, email, password):
    browser, jar = opener()
    browser.open(f"{base}/login").read()
    post(browser, f"{base}/login",
         {"email": email, "password": password, "next": "/", "csrf_token": cookie(jar, "cc_csrf")})
    if not cookie(jar, "cc_session"):
        sys.exit("login failed")
    page = browser.open(f"{base}/account/tokens").read().decode()
    created = post(browser, f"{base}/account/tokens",
                   {"name": "contract test", "scope": "write", "days": "7",
                    "csrf_token": hidden_csrf(page)})
    found = re.search(r"cc_pat_[0-9a-f]{64}", created)
    if not found:
        sys.exit("the token page showed no token")
    return found.group(0)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--max-examples", default="25")
    parser.add_argument("--schemathesis", default="schemathesis")
    args = parser.parse_args()
    token = token_for(args.base, args.email, args.password)
    command = [
        args.schemathesis, "run", f"{args.base}/api/openapi.json",
        "--url", args.base,
        "--header", f"Authorization: Bearer {token}",
        "--checks", CHECKS,
        "--max-examples", args.max_examples,
        "--seed", "1",
    ]
    sys.exit(subprocess.call(command))


if __name__ == "__main__":
    main()
