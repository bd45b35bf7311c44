"""Steady load for docker/two-nodes/run.sh drills: CONCURRENCY clients POST eligibility checks through HAProxy for
SECONDS and print, per second, how many answers came back by kind, then the totals. Only to the loopback address given.

    python3 docker/two-nodes/load.py http://127.0.0.1:8080 120 8 > target/two-nodes/load.txt
"""
import json, sys, threading, time, urllib.error, urllib.request
from collections import Counter, defaultdict

base, seconds, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if not base.startswith(("http://127.0.0.1", "http://localhost")):
    sys.exit("loopback only")
bodies = [json.dumps({"postcode": p, "dateOfBirth": d}).encode() for p in ("PE9 3TE", "LE15 7HY", "LE15 6AA", "LE15 0BJ")
          for d in ("2014-05-01", "2018-02-03")]
per_second, totals, lock, start = defaultdict(Counter), Counter(), threading.Lock(), time.time()
slowest = []

def client(n):
    i = n
    while time.time() - start < seconds:
        i += 1
        request = urllib.request.Request(base + "/api/eligibility/checks", data=bodies[i % len(bodies)],
                                         headers={"Content-Type": "application/json"}, method="POST")
        began = time.time()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                kind = str(response.status)
                response.read()
        except urllib.error.HTTPError as e:
            kind = str(e.code)
        except Exception as e:  # connection refused or reset: no answer at all
            kind = "no answer"
        took = time.time() - began
        with lock:
            per_second[int(began - start)][kind] += 1
            totals[kind] += 1
            slowest.append(took)

threads = [threading.Thread(target=client, args=(n,)) for n in range(concurrency)]
[t.start() for t in threads]
[t.join() for t in threads]
for second in sorted(per_second):
    print(time.strftime("%H:%M:%S", time.gmtime(start + second)), dict(per_second[second]), flush=True)
slowest.sort()
print("totals", dict(totals), "requests", sum(totals.values()),
      "p50 %.0f ms p95 %.0f ms max %.0f ms" % (1000 * slowest[len(slowest) // 2], 1000 * slowest[int(len(slowest) * 0.95)], 1000 * slowest[-1]))
