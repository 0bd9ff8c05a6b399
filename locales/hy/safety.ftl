# Linkages site: the "Staying safe online" page, linked next to Quick exit and from the footer (Armenian, Eastern, հայերեն).
# Reviewed by a certified translator: no.

safety-online-link = Անվտանգությունը համացանցում
safety-online-title = Անվտանգությունը համացանցում
safety-online-intro = Եթե ինչ-որ մեկը ստուգում է Ձեր հեռախոսը կամ համակարգիչը, այս քայլերը կօգնեն գաղտնի պահել, որ այցելել եք այս կայքը։

safety-online-exit-title = Արագ դուրս եկեք
safety-online-exit = «{ exit-link }» կոճակը յուրաքանչյուր էջի վերևում է։ Այն բացում է եղանակի որոնում։ Կարող եք նաև արագ 3 անգամ սեղմել Shift ստեղնը։
safety-online-back = «{ exit-link }» կոճակը չի ջնջում Ձեր պատմությունը (History)։ «Հետ» կոճակը դեռ կարող է ցույց տալ այս կայքի էջերը։

safety-online-private-title = Օգտագործեք գաղտնի պատուհան
safety-online-private = Գաղտնի պատուհանը փակելուց հետո այն չի պահում Ձեր բացած էջերը։ Chrome-ում այն կոչվում է «Ինկոգնիտո» (Incognito)։ Բացեք այն նախքան այս կայք մտնելը և փակեք, երբ ավարտեք։

safety-online-history-title = Ջնջեք այս կայքը Ձեր պատմությունից
safety-online-history-intro = Ամբողջ պատմությունը ջնջելը կարող է ինչ-որ մեկի մոտ կասկած առաջացնել։ Փոխարենը կարող եք ջնջել միայն այս կայքի էջերը։
safety-online-history-android = Android հեռախոս, Chrome՝ հպեք ընտրացանկին (⋮), հետո՝ «Պատմություն» (History) կետին։ Հպեք ✕ նշանին այս կայքի յուրաքանչյուր էջի կողքին։
safety-online-history-iphone = iPhone, Safari՝ հպեք գրքի պատկերակին, հետո՝ ժամացույցի պատկերակին (History)։ Այս կայքի էջի վրա սահեցրեք ձախ և հպեք «Ջնջել» (Delete)։
safety-online-history-samsung = Samsung հեռախոս, Samsung Internet՝ հպեք ընտրացանկին (☰), հետո՝ «Պատմություն» (History) կետին։ Սեղմեք և պահեք այս կայքի էջը, հետո հպեք «Ջնջել» (Delete)։
safety-online-history-computer = Համակարգիչ՝ միաժամանակ սեղմեք Ctrl և H (Mac-ում՝ Command և Y), որ բացվի «Պատմություն» (History) էջը, հետո ջնջեք այս կայքի էջերը։
safety-online-other-device = Եթե կարող եք, օգտագործեք հեռախոս կամ համակարգիչ, որը այդ մարդը չի կարող ստուգել, օրինակ՝ գրադարանում կամ ընկերոջ մոտ։

safety-online-stores-title = Ինչ է պահում այս կայքը
safety-online-stores = Այս կայքում հաշիվներ չկան, և այն Ձեզ չի հետևում։ Միակ cookie-ն հիշում է Ձեր լեզուն։ Հարցերին Ձեր պատասխանները երբեք չեն պահվում և ոչ մեկին չեն ուղարկվում։ Դրանք մնում են միայն դիտարկիչի այս ներդիրում, որպեսզի «Հետ» կոճակը կարողանա ցույց տալ դրանք, և վերանում են, երբ փակում եք ներդիրը։
