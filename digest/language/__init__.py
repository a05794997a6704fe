"""The language room: Chinese text, people, parks and words (jieba lives in nlp.py alone)."""
