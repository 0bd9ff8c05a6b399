# Linkages site: when the site asks a reader to wait (Arabic, العربية).
# Reviewed by a certified translator: no.

## Too many searches from one connection in a short time (the finder page, status 429)
limits-search-title = يُرجى الانتظار دقيقة
limits-search-text = وصلنا عدد كبير من عمليات البحث من الإنترنت لديك في وقت قصير. انتظر دقيقة واحدة، ثم ابحث مرة أخرى.
limits-search-call = إذا كنت تحتاج إلى مساعدة الآن، فاتصل بأحد الأرقام أدناه.
