"""afterword.filelock: one holder at a time across threads and forked processes."""

import multiprocessing
import threading
import time

from afterword.filelock import FileLock


def _add_many(lock: FileLock, counter, times: int) -> None:
    for _ in range(times):
        with lock:
            value = int(counter.read_text() or "0")
            time.sleep(0)  # let another thread run if the lock let it in
            counter.write_text(str(value + 1))


def _threads_adding(lock: FileLock, counter, threads: int, times: int) -> None:
    workers = [
        threading.Thread(target=_add_many, args=(lock, counter, times)) for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


def test_threads_of_forked_processes_take_turns(tmp_path):
    counter = tmp_path / "counter"
    counter.write_text("0")
    lock = FileLock(tmp_path / "locks" / "counter.lock")  # the folder is made on first use
    with lock:  # opened in the parent before the fork, as a preloaded app would
        pass
    fork = multiprocessing.get_context("fork")
    processes = [
        fork.Process(target=_threads_adding, args=(lock, counter, 4, 50)) for _ in range(2)
    ]
    for process in processes:
        process.start()
    _threads_adding(lock, counter, 4, 50)
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0
    assert counter.read_text() == str(3 * 4 * 50)
