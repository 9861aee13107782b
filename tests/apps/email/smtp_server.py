# A real SMTP server for the e-mail tests (aiosmtpd): AUTH PLAIN/LOGIN, plain, STARTTLS or TLS from the
# first byte, a size limit; each message it accepts goes into the Dovecot user's Maildir (so IMAP reads
# it back) and one line into a log, which is how the tests count deliveries.
import asyncio
import os
import signal
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, maildir, log, mode, user, password, limit = sys.argv[1:8]
cert = sys.argv[8] if len(sys.argv) > 8 else None
key = sys.argv[9] if len(sys.argv) > 9 else None


class Handler:
    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content
        name = "%d.%d.foyer-test" % (time.time_ns(), os.getpid())
        tmp = os.path.join(maildir, "tmp", name)
        with open(tmp, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.rename(tmp, os.path.join(maildir, "new", name))
        with open(log, "a") as out:
            message_id = ""
            for line in data.split(b"\r\n"):
                if line.lower().startswith(b"message-id:"):
                    message_id = line.split(b":", 1)[1].strip().decode()
                if not line:
                    break
            out.write("%s %s %d %s\n" % (envelope.mail_from, ",".join(envelope.rcpt_tos), len(data), message_id))
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user and auth_data.password.decode() == password:
        return AuthResult(success=True)
    return AuthResult(success=False, handled=False)


for folder in ("tmp", "new", "cur"):
    os.makedirs(os.path.join(maildir, folder), exist_ok=True)

parameters = dict(authenticator=authenticate, auth_require_tls=False, data_size_limit=int(limit))
context = None
if mode in ("starttls", "tls"):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
if mode == "starttls":
    parameters.update(tls_context=context, require_starttls=True, auth_require_tls=True)
if mode == "tls":
    controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), ssl_context=context, ready_timeout=10, **parameters)
else:
    controller = Controller(Handler(), hostname="127.0.0.1", port=int(port), ready_timeout=10, **parameters)
try:
    controller.start()
except Exception as error:  # the readiness check of an implicit-TLS server may fail; the server runs anyway
    print("start:", error, flush=True)
print("ready", flush=True)
signal.sigwait({signal.SIGTERM, signal.SIGINT})
controller.stop()
