"""The PostgreSQL search table, as the ORM reads it.

`search_document` is made and kept by the database (search/index.py): the
migration creates it on PostgreSQL only, triggers fill it, and Django never
writes to it (`managed = False`). On SQLite the index is an FTS5 table instead
and this model is not used.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models


class SearchDocument(models.Model):
    # A comment's id, or minus an answer's.
    id = models.BigIntegerField(primary_key=True)
    answer_id = models.BigIntegerField()
    vector = SearchVectorField()

    class Meta:
        managed = False
        db_table = "search_document"

    def __str__(self) -> str:
        return f"answer {-self.id}" if self.id < 0 else f"comment {self.id}"
