"""Starts concordat-serve on a free port for the tests, and finds the concordat CLI to compare with.

CONCORDAT_SERVE and CONCORDAT name the two binaries (Scripts/ci-serve sets them).
"""
import os
import re
import subprocess
import tempfile
import urllib.request

import pytest


def _binary(variable):
    path = os.environ.get(variable)
    if not path or not os.access(path, os.X_OK):
        raise RuntimeError(f"{variable} must name the built binary (Scripts/ci-serve sets it)")
    return path


class Server:
    def __init__(self, process, address):
        self.process = process
        self.address = address.rstrip("/")

    def request(self, method, path, body=None, headers=None):
        """Returns (status, headers, body bytes) without raising on 4xx/5xx."""
        req = urllib.request.Request(self.address + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                return response.status, response.headers, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()


@pytest.fixture(scope="session")
def server():
    env = dict(os.environ, SOURCE_DATE_EPOCH="1780000000")
    process = subprocess.Popen(
        [_binary("CONCORDAT_SERVE"), "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = process.stdout.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        process.kill()
        raise RuntimeError(f"concordat-serve printed no address: {line!r} {process.stderr.read()!r}")
    yield Server(process, match.group(0))
    process.terminate()
    process.wait(timeout=10)


@pytest.fixture(scope="session")
def cli():
    binary = _binary("CONCORDAT")

    def run(*args, stdin=None):
        env = dict(os.environ, SOURCE_DATE_EPOCH="1780000000")
        return subprocess.run([binary, *args], input=stdin, capture_output=True, env=env)

    return run


@pytest.fixture(scope="session")
def example(cli):
    """The init example for a strategic-alliance MoU, as YAML text."""
    return cli("init").stdout.decode()


@pytest.fixture()
def workdir():
    with tempfile.TemporaryDirectory() as folder:
        yield folder
