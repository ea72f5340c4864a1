# The few commands people type. Everything goes through uv, which never downloads a Python.
export UV_PYTHON_DOWNLOADS := never
UV = $(shell sh scripts/ensure-uv.sh)

.PHONY: run test bench bench-import faults cluster lint format check-deploy clean messages

## run: install, migrate the embedded SQLite database, load the demo, serve on :8000
run:
	$(UV) sync --frozen
	DEBUG=1 $(UV) run python manage.py compile_catalogues
	DEBUG=1 $(UV) run python manage.py migrate --noinput
	DEBUG=1 $(UV) run python manage.py load_demo
	DEBUG=1 $(UV) run python manage.py collectstatic --noinput -v0
	DEBUG=1 sh scripts/run-local.sh "$(UV)"

## test: lint, type-check, check migrations, run the whole suite (SQLite, or DATABASE_URL)
##       with coverage of the product apps; prints coverage_percent (`coverage report`
##       afterwards lists the lines not run, file by file)
test:
	$(UV) sync --frozen
	DJANGO_SETTINGS_MODULE=afterword.settings_test $(UV) run python manage.py compile_catalogues
	sh scripts/ensure-test-tools.sh
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy
	DJANGO_SETTINGS_MODULE=afterword.settings_test $(UV) run python manage.py makemigrations --check --dry-run
	$(UV) run pytest --cov --cov-report=
	@total=$$($(UV) run coverage report --format=total) && echo "coverage_percent: $$total"

## bench: every benchmark side by side, printed as name: value lines; installs and
##        starts nginx, wrk and PostgreSQL from Debian as needed, and measures the
##        write path on a fresh afterword_bench database (or BENCH_DATABASE_URL)
bench:
	$(UV) sync --frozen
	sh scripts/ensure-bench-tools.sh
	$(UV) run python -m bench.all

## bench-import: WordPress import speed on a synthetic 10,000-comment export
##               (import_wxr_comments_per_s; DATABASE_URL=postgres://... for PostgreSQL)
bench-import:
	$(UV) sync --frozen
	$(UV) run python -m bench.import_wxr

## faults: load and fault scenarios against gunicorn (SQLite, or DATABASE_URL)
faults:
	$(UV) sync --frozen
	sh scripts/ensure-bench-tools.sh
	$(UV) run python -m bench.faults

## cluster: several machines on one (bench/cluster.py): PostgreSQL, Redis, two app
##          servers, two workers and nginx on loopback; stale reads, scheduled answers,
##          daily jobs, a hot thread, a Redis outage and a killed server, as name: value
##          lines; fails when a correctness target is missed (speed ratios are printed).
##          Installs what it needs from Debian.
cluster:
	$(UV) sync --frozen
	sh scripts/ensure-cluster-tools.sh
	$(UV) run --no-sync python -m bench.cluster

## lint: ruff, and mypy on the services, the screen, the parsers and the tooling
lint:
	$(UV) run ruff check .
	$(UV) run ruff format --check .
	$(UV) run mypy

format:
	$(UV) run ruff check --fix .
	$(UV) run ruff format .

## check-deploy: Django's deployment checklist under production settings
check-deploy:
	DEBUG=0 SECRET_KEY=check-deploy-$$(date +%s)-a-long-enough-random-looking-string-0123456789 \
	ALLOWED_HOSTS=afterword.example SITE_URL=https://afterword.example \
	$(UV) run python manage.py check --deploy --fail-level WARNING

## messages: the translations, from every app's locale/<lang>/LC_MESSAGES/*.po to .mo
##           (pure Python, no GNU gettext needed; `make run` and `make test` do it too)
messages:
	DJANGO_SETTINGS_MODULE=afterword.settings_test $(UV) run python manage.py compile_catalogues

clean:
	rm -rf var/
