"""Load test of concordat-serve on loopback: rounds of 50 concurrent composes of the largest
example, every reply checked against the expected bytes; prints latency percentiles as JSON.

Usage: serve_load.py CONCORDAT_SERVE REQUEST.yaml ROUNDS
Only 127.0.0.1 is contacted, and the run is bounded by ROUNDS and a 120-second timeout a request.
"""
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.request

CONCURRENCY = 50


def main():
    binary, request_file, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(request_file, "rb") as handle:
        body = handle.read()
    # What else the machine was doing: the 1-minute load average before the server starts.
    load_before = round(os.getloadavg()[0], 1)
    server = subprocess.Popen([binary, "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        address = re.search(r"http://127\.0\.0\.1:\d+/", server.stdout.readline()).group(0)
        results = {}
        for fmt in ("markdown", "odt", "docx"):
            url = f"{address}compose?format={fmt}"

            def post():
                request = urllib.request.Request(url, data=body, method="POST", headers={"Content-Type": "application/yaml"})
                started = time.perf_counter()
                with urllib.request.urlopen(request, timeout=120) as response:
                    data = response.read()
                    status = response.status
                return status, data, (time.perf_counter() - started) * 1000

            expected = post()[1]
            for _ in range(20):
                post()  # warm up
            sequential = sorted(post()[2] for _ in range(100))
            latencies, wrong = [], 0
            wall = time.perf_counter()
            with concurrent.futures.ThreadPoolExecutor(max_workers=CONCURRENCY) as pool:
                for _ in range(rounds):
                    barrier = threading.Barrier(CONCURRENCY)

                    def one(_):
                        barrier.wait()
                        return post()

                    for status, data, ms in pool.map(one, range(CONCURRENCY)):
                        latencies.append(ms)
                        wrong += status != 200 or data != expected
            wall = time.perf_counter() - wall
            latencies.sort()

            def pct(values, p):
                return round(values[min(len(values) - 1, int(round(p / 100 * len(values))) - 1)], 1)

            results[fmt] = {
                "requests": len(latencies), "wrong": wrong, "bytes": len(expected),
                "p50_ms": pct(latencies, 50), "p95_ms": pct(latencies, 95), "max_ms": round(latencies[-1], 1),
                "per_second": round(len(latencies) / wall, 1),
                "sequential_p50_ms": pct(sequential, 50), "sequential_p95_ms": pct(sequential, 95),
                "load_before": load_before,
            }
        print(json.dumps(results, indent=2))
        if any(r["wrong"] for r in results.values()):
            sys.exit(1)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
