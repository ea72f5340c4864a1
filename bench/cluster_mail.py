"""An email backend for `make cluster`: every process writes each message it sends
as one JSON file into CLUSTER_MAIL_DIR, so the scenario can count what the two
workers sent, and find anything sent twice."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend


class EmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages) -> int:
        folder = Path(os.environ["CLUSTER_MAIL_DIR"])
        for message in email_messages:
            record = {
                "to": list(message.to),
                "subject": str(message.subject),
                "body": str(message.body),
                "sender": os.environ.get("CLUSTER_HOST", ""),
            }
            name = uuid.uuid4().hex
            partial = folder / f".{name}.partial"
            partial.write_text(json.dumps(record))
            partial.rename(folder / f"{name}.json")  # whole files only, for the counter
        return len(email_messages)
