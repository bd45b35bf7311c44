"""A mail sink for docker/two-nodes/run.sh: accepts SMTP on loopback and keeps each message as a file, so a check can
count what arrived. Python 3.11's smtpd (gone in 3.12; use aiosmtpd there)."""
import os, sys, time, warnings
warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore, smtpd  # noqa: E402

port, folder = int(sys.argv[1]), sys.argv[2]
os.makedirs(folder, exist_ok=True)

class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        name = "%d-%d.eml" % (time.time_ns(), os.getpid())
        with open(os.path.join(folder, name), "wb") as out:
            out.write(b"X-Rcpt: " + ",".join(rcpttos).encode() + b"\r\n" + (data if isinstance(data, bytes) else data.encode()))

Sink(("127.0.0.1", port), None, decode_data=False)
asyncore.loop()
