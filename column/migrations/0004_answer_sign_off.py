from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("column", "0003_answer_thread_note"),
    ]

    operations = [
        migrations.AddField(
            model_name="answer",
            name="sign_off",
            field=models.CharField(blank=True, max_length=200),
        ),
    ]
