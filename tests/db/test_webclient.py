"""The shared web client's Redis cache, with a real Redis and a fake provider on loopback."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.errors import PermanentError, TransientError
from pipeline.outside.webclient import (
    HttpSettings,
    Pacer,
    ProviderNonsense,
    ProviderRejected,
    ProviderUnavailable,
    ResponseCache,
    WebClient,
    response_cache_key,
)
from pipeline.runtime.messaging import retried
from tests.support.fake_outside import Answer, FakeServer

FAST = HttpSettings(timeout_s=0.5, attempts=2, backoff_min_s=0.01, backoff_max_s=0.02)


def places(answer: Any) -> list:
    if not isinstance(answer, list):
        raise ProviderNonsense("not a list")
    return answer


def test_answers_are_cached_per_request_and_nonsense_is_not(server_urls, redis_namespace):
    cache = ResponseCache(server_urls.redis_url, redis_namespace)
    with FakeServer() as server:
        server.fake.places["A"] = (1.0, 2.0)
        client = WebClient("nominatim", server.url, cache=cache, settings=FAST)
        # The same request twice: asked once
        first = client.get_json("/search", {"q": "A"}, places)
        assert client.get_json("/search", {"q": "A"}, places) == first
        assert len(server.fake.calls("/search")) == 1
        # Another request is asked
        assert client.get_json("/search", {"q": "B"}, places) == []
        assert len(server.fake.calls("/search")) == 2
        # An answer the parser refuses is not kept
        server.fake.script("/search", Answer(json={"nonsense": True}))
        with pytest.raises(ProviderNonsense):
            client.get_json("/search", {"q": "C"}, places)
        assert client.get_json("/search", {"q": "C"}, places) == []
        assert len(server.fake.calls("/search")) == 4


def test_a_refusal_or_nonsense_is_permanent_and_a_failing_provider_transient() -> None:
    with FakeServer() as server:
        client = WebClient("nominatim", server.url, settings=FAST)
        # A 4xx (other than 429) and an answer the parser refuses would repeat: not retried
        server.fake.script("/search", Answer(status=403, json={"error": "key"}))
        with pytest.raises(ProviderRejected) as refused:
            client.get_json("/search", {"q": "A"}, places)
        server.fake.script("/search", Answer(json={"nonsense": True}))
        with pytest.raises(ProviderNonsense) as nonsense:
            client.get_json("/search", {"q": "B"}, places)
        # A provider still failing after the client's own attempts may recover: retried
        server.fake.script("/search", Answer(status=503), Answer(status=503))
        with pytest.raises(ProviderUnavailable) as unavailable:
            client.get_json("/search", {"q": "C"}, places)
    assert isinstance(refused.value, PermanentError) and not retried(refused.value)
    assert isinstance(nonsense.value, PermanentError) and not retried(nonsense.value)
    assert isinstance(unavailable.value, TransientError) and retried(unavailable.value)


def test_the_cache_key_hides_the_request() -> None:
    key = response_cache_key("ns", "google", {"params": {"key": "secret-api-key"}})
    assert key.startswith("ns:webcache:google:") and "secret" not in key


def test_a_broken_redis_costs_a_call_not_an_answer() -> None:
    cache = ResponseCache("redis://127.0.0.1:9/0", "ns")
    with FakeServer() as server:
        client = WebClient("nominatim", server.url, cache=cache, settings=FAST)
        assert client.get_json("/search", {"q": "A"}, places) == []


def test_a_paced_provider_is_called_only_in_turn_across_clients(server_urls, redis_namespace):
    cache = ResponseCache(server_urls.redis_url, redis_namespace)
    impatient = HttpSettings(timeout_s=0.5, attempts=1, pace_max_wait_s=0.1)
    with FakeServer() as server:
        # Given another worker that just took Nominatim's turn (30 s apart, to be certain)
        Pacer("nominatim", 30, cache).wait_turn()
        # When this one asks, and cannot wait that long
        client = WebClient("nominatim", server.url, cache=cache, settings=impatient,
                           min_interval_s=30)  # fmt: skip
        with pytest.raises(ProviderUnavailable, match="no turn within"):
            client.get_json("/search", {"q": "A"}, places)
        # Then Nominatim was not asked; another provider has turns of its own
        assert server.fake.calls("/search") == []
        other = WebClient("photon", server.url, cache=cache, settings=impatient,
                          min_interval_s=30)  # fmt: skip
        assert other.get_json("/search", {"q": "A"}, places) == []
        assert len(server.fake.calls("/search")) == 1


def test_without_redis_a_process_still_spaces_its_own_calls() -> None:
    broken = ResponseCache("redis://127.0.0.1:9/0", "ns")
    Pacer("local-only", 30, broken).wait_turn()
    with pytest.raises(ProviderUnavailable, match="no turn within"):
        Pacer("local-only", 30, broken, max_wait_s=0.1).wait_turn()
