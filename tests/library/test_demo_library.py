import pytest

from wagtail.models import PageLogEntry

from demo.library_loader import load_library_and_events
from events.models import EventPage
from library.models import GlossaryTerm, LessonPage, MethodPage


@pytest.mark.django_db
def test_demo_library_is_complete_and_idempotent(client, network_home):
    result = load_library_and_events()
    assert LessonPage.objects.live().count() == 7
    assert MethodPage.objects.live().count() >= 5
    brainstorm = MethodPage.objects.get(slug="brainstorming-3-12-3")
    assert [s.value["duration"] for s in brainstorm.steps] == [3, 12, 3]
    assert brainstorm.experience_method.slug == "brainstorming-3-12-3"
    assert GlossaryTerm.objects.filter(term__in=["PTCE", "ESS", "RSE", "tiers-lieu"]).count() == 4
    meeting = EventPage.objects.get(slug="rencontre-des-pionniers-2019")
    assert meeting.is_past and meeting.start.year == 2019
    assert EventPage.objects.filter(end__gte=meeting.end).exclude(pk=meeting.pk).count() == 2
    logs = PageLogEntry.objects.count()
    again = load_library_and_events()
    assert PageLogEntry.objects.count() == logs  # nothing rewritten
    assert again["lessons"] == result["lessons"] == 7
    assert client.get("/bibliotheque/brainstorming-3-12-3/").status_code == 200
    assert client.get("/agenda/").status_code == 200
