// Stands in for a clinic's analytics tag. It only runs once the visitor allows analytics.
document.cookie = '_demo_stats=1; path=/; max-age=86400; samesite=lax';
document.documentElement.dataset.analytics = 'running';
