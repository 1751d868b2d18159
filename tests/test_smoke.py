from desktop.domain.complaints import Complaint, ComplaintQuery
from desktop.domain.places import PlaceRef


def test_a_complaint_saved_is_found_by_search(residence_store):
    entrance = residence_store.places.entrances()[0]
    saved = residence_store.complaints.create(
        Complaint("Ascenseur en panne", category_id=1, place=PlaceRef(entrance_id=entrance.id))
    )
    assert residence_store.complaints.query_ids(ComplaintQuery(text="ascen")) == [saved.id]
