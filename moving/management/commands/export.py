"""manage.py export FILE: the whole site as Afterword JSON or a WordPress WXR file."""

from django.core.management.base import BaseCommand, CommandError

from moving.exporting import export_json, export_wxr


class Command(BaseCommand):
    help = (
        "Export the site: columnists, topics, answers and their comments (with threads). "
        "Emails, IP hashes, screening notes, comments readers cannot see and the private "
        "support circles are left out "
        "unless --include-private is given; letters only with --include-letters. "
        "FILE '-' writes to standard output."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="where to write ('-' for standard output)")
        parser.add_argument("--format", choices=["json", "wxr"], default="json")
        parser.add_argument(
            "--include-private",
            action="store_true",
            help="also emails, IP hashes, screening, held, rejected and spam comments, "
            "and the private support circles",
        )
        parser.add_argument(
            "--include-letters", action="store_true", help="also the private letters"
        )

    def handle(self, *args, **options):
        path = options["file"]
        private = options["include_private"]
        if options["format"] == "wxr" and options["include_letters"]:
            raise CommandError("WordPress has no place for letters: use --format json.")
        try:
            out = self.stdout._out if path == "-" else open(path, "w", encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror or exc}") from exc
        try:
            if options["format"] == "wxr":
                export_wxr(out, include_private=private)
            else:
                export_json(
                    out, include_private=private, include_letters=options["include_letters"]
                )
        finally:
            if path != "-":
                out.close()
        if path != "-":
            self.stderr.write(f"Exported to {path}.")
