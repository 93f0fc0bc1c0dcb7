// Stands in for a clinic's analytics tag: it runs only once the visitor allows analytics.
document.cookie = '_example_stats=1; path=/; max-age=86400; samesite=lax';
document.documentElement.dataset.analytics = 'running';
