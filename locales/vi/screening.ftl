### Tự kiểm tra: câu hỏi, câu trả lời và kết quả (tiếng Việt).
# Reviewed by a certified translator: no.
### Các id được dùng trong app/src/screening (xem messages.rs). Giữ nguyên các id trong mọi ngôn ngữ.
### Viết cho trình độ đọc khoảng 9 tuổi và gọi người đọc là "quý vị".
### Không bao giờ đổ lỗi cho cha mẹ: nói "hồ sơ của quý vị với DCFS".
### Giữ nguyên tên chính thức: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.

## Trang kết quả

screening-heading-because = Vì sao chúng tôi nói vậy
screening-heading-next-steps = Việc cần làm tiếp theo
screening-heading-services = Các dịch vụ quý vị có thể nhận
screening-heading-what-would-change = Điều gì có thể thay đổi kết quả này
screening-guidance-not-decision = Đây chỉ là hướng dẫn. Nhân viên phụ trách sẽ quyết định quý vị được nhận gì.

## Mức độ phù hợp của một lựa chọn

screening-fit-may-fit = Có thể hợp với quý vị
screening-fit-ask = Hỏi nhân viên phụ trách
screening-fit-no = Có vẻ không hợp

## Câu hỏi: tiêu đề ngắn và một dòng gợi ý

screening-q-dcfs-case = Quý vị có hồ sơ đang mở với DCFS không?
screening-q-dcfs-case-hint = DCFS là Sở Dịch Vụ Trẻ Em và Gia Đình. Nếu có nhân viên xã hội phụ trách trẻ em đến thăm hoặc gọi cho quý vị, có thể quý vị có hồ sơ.
screening-q-dcfs-service = DCFS đang giúp gia đình quý vị theo cách nào?
screening-q-dcfs-service-hint = Nhân viên xã hội DCFS của quý vị có thể cho biết tên chương trình của quý vị.
screening-q-children-location = Hiện giờ các con của quý vị sống ở đâu?
screening-q-children-location-hint = Hãy nghĩ đến tất cả các con của quý vị.
screening-q-calworks-now = Hiện giờ quý vị có nhận CalWORKs không?
screening-q-calworks-now-hint = CalWORKs là tiền trợ cấp cho gia đình có con. Tiền này do DPSS cấp.
screening-q-calworks-at-removal = Khi DCFS đưa các con của quý vị đến sống ngoài nhà, quý vị có đang nhận CalWORKs không?
screening-q-calworks-at-removal-hint = Có thể sau đó CalWORKs của quý vị đã bị ngưng. Hãy trả lời theo thời điểm các con được đưa đến nơi khác.
screening-q-fr-plan = Quý vị có kế hoạch Đoàn Tụ Gia Đình (Family Reunification) với DCFS không?
screening-q-fr-plan-hint = Đây là kế hoạch quý vị và nhân viên xã hội DCFS đã cùng lập ra để đưa các con về nhà.
screening-q-relative-caregiver = DCFS có đưa người con nào của quý vị đến sống với người thân không?
screening-q-relative-caregiver-hint = Ví dụ, với ông bà, cô dì, chú bác hoặc một người khác trong gia đình.
screening-q-homeless = Hiện giờ quý vị có đang vô gia cư không?
screening-q-homeless-hint = Ví dụ, quý vị ngủ ở nơi tạm trú, trong xe, ở nhà nghỉ (motel) hoặc ngoài trời, hoặc phải dọn từ chỗ này sang chỗ khác.
screening-q-sanction = DPSS có giảm tiền CalWORKs của quý vị vì bị phạt theo GAIN (sanction) không?
screening-q-sanction-hint = Bị phạt (sanction) là khi DPSS cắt bớt CalWORKs của quý vị vì một quy định của GAIN (Welfare-to-Work). Thư của DPSS sẽ ghi rõ điều này.

## Các câu trả lời

screening-answer-yes = Có
screening-answer-no = Không
screening-answer-unsure = Tôi không biết
screening-answer-family-maintenance = Duy Trì Gia Đình (Family Maintenance)
screening-answer-family-maintenance-hint = Các con sống với quý vị, và một nhân viên xã hội DCFS giúp gia đình quý vị. Việc này có thể do tòa án ra lệnh hoặc do quý vị chọn.
screening-answer-family-preservation = Bảo Tồn Gia Đình (Family Preservation)
screening-answer-family-preservation-hint = Các con sống với quý vị, và một cơ quan Bảo Tồn Gia Đình làm việc với gia đình quý vị.
screening-answer-family-reunification = Đoàn Tụ Gia Đình (Family Reunification)
screening-answer-family-reunification-hint = Các con tạm thời sống ở nơi khác, và quý vị đang cố gắng để đưa các con về nhà.
screening-answer-investigation = DCFS đang xem xét một báo cáo
screening-answer-investigation-hint = Một nhân viên xã hội đang tìm hiểu tình hình gia đình quý vị, và chưa có chương trình nào bắt đầu.
screening-answer-all-home = Tất cả các con tôi đều sống với tôi
screening-answer-some-removed = Một số con sống với tôi, và DCFS đã đưa một số con đến sống ở nơi khác
screening-answer-all-removed = DCFS đã đưa tất cả các con tôi đến sống ngoài nhà tôi

## Lý do: những gì gia đình đã cho chúng tôi biết

screening-reason-dcfs-case-yes = Quý vị cho biết quý vị có hồ sơ đang mở với DCFS.
screening-reason-dcfs-case-no = Quý vị cho biết quý vị không có hồ sơ đang mở với DCFS.
screening-reason-dcfs-case-unsure = Chúng tôi chưa biết quý vị có hồ sơ đang mở với DCFS hay không.
screening-reason-dcfs-service-family-maintenance = Quý vị cho biết hồ sơ của quý vị với DCFS đang ở chương trình Duy Trì Gia Đình.
screening-reason-dcfs-service-family-preservation = Quý vị cho biết gia đình quý vị đang ở chương trình Bảo Tồn Gia Đình với DCFS.
screening-reason-dcfs-service-family-reunification = Quý vị cho biết hồ sơ của quý vị với DCFS đang ở chương trình Đoàn Tụ Gia Đình.
screening-reason-dcfs-service-investigation = Quý vị cho biết DCFS đang xem xét một báo cáo, và chưa có chương trình nào bắt đầu.
screening-reason-dcfs-service-unsure = Chúng tôi chưa biết hồ sơ của quý vị thuộc chương trình nào của DCFS.
screening-reason-children-location-all-home = Quý vị cho biết tất cả các con đều sống với quý vị.
screening-reason-children-location-some-removed = Quý vị cho biết một số con sống với quý vị, và DCFS đã đưa một số con đến sống ở nơi khác.
screening-reason-children-location-all-removed = Quý vị cho biết DCFS đã đưa tất cả các con đến sống ngoài nhà của quý vị.
screening-reason-children-location-unsure = Chúng tôi chưa biết các con của quý vị sống ở đâu.
screening-reason-calworks-now-yes = Quý vị cho biết hiện giờ quý vị có nhận CalWORKs.
screening-reason-calworks-now-no = Quý vị cho biết hiện giờ quý vị không nhận CalWORKs.
screening-reason-calworks-now-unsure = Chúng tôi chưa biết hiện giờ quý vị có nhận CalWORKs hay không.
screening-reason-calworks-at-removal-yes = Quý vị cho biết quý vị đang nhận CalWORKs khi các con được đưa đến sống ngoài nhà.
screening-reason-calworks-at-removal-no = Quý vị cho biết quý vị không nhận CalWORKs khi các con được đưa đến sống ngoài nhà.
screening-reason-calworks-at-removal-unsure = Chúng tôi chưa biết quý vị có đang nhận CalWORKs hay không khi các con được đưa đến sống ngoài nhà.
screening-reason-fr-plan-yes = Quý vị cho biết quý vị có kế hoạch Đoàn Tụ Gia Đình với DCFS.
screening-reason-fr-plan-no = Quý vị cho biết quý vị không có kế hoạch Đoàn Tụ Gia Đình với DCFS.
screening-reason-fr-plan-unsure = Chúng tôi chưa biết quý vị có kế hoạch Đoàn Tụ Gia Đình với DCFS hay không.
screening-reason-relative-caregiver-yes = Quý vị cho biết DCFS đã đưa ít nhất một người con của quý vị đến sống với người thân.
screening-reason-relative-caregiver-no = Quý vị cho biết DCFS không đưa người con nào của quý vị đến sống với người thân.
screening-reason-relative-caregiver-unsure = Chúng tôi chưa biết có người con nào của quý vị đang sống với người thân hay không.
screening-reason-homeless-yes = Quý vị cho biết hiện giờ quý vị đang vô gia cư.
screening-reason-homeless-no = Quý vị cho biết hiện giờ quý vị không phải là người vô gia cư.
screening-reason-homeless-unsure = Chúng tôi chưa biết hiện giờ quý vị có đang vô gia cư hay không.
screening-reason-sanction-yes = Quý vị cho biết DPSS đã giảm CalWORKs của quý vị vì bị phạt theo GAIN.
screening-reason-sanction-no = Quý vị cho biết DPSS không giảm CalWORKs của quý vị vì bị phạt theo GAIN.
screening-reason-sanction-unsure = Chúng tôi chưa biết DPSS có giảm CalWORKs của quý vị vì bị phạt theo GAIN hay không.

## Điều gì có thể thay đổi kết quả "Hỏi nhân viên phụ trách"

screening-change-dcfs-case = Hãy tìm hiểu xem quý vị có hồ sơ đang mở với DCFS hay không. Nhân viên xã hội phụ trách các con hoặc thư của DCFS có thể cho quý vị biết.
screening-change-dcfs-service = Hãy hỏi nhân viên xã hội DCFS xem hồ sơ của quý vị thuộc chương trình nào.
screening-change-children-location = Hãy hỏi nhân viên xã hội DCFS xem từng người con của quý vị đang được cho sống ở đâu.
screening-change-calworks-now = Hãy tìm hiểu xem hiện giờ quý vị có nhận CalWORKs không. Nhân viên xét duyệt trợ cấp (Eligibility Worker), thư từ DPSS hoặc BenefitsCal có thể cho quý vị biết.
screening-change-calworks-at-removal = Hãy hỏi nhân viên xét duyệt trợ cấp xem quý vị có nhận CalWORKs khi các con được đưa đến sống ngoài nhà hay không.
screening-change-fr-plan = Hãy hỏi nhân viên xã hội DCFS xem quý vị có kế hoạch Đoàn Tụ Gia Đình hay không.
screening-change-relative-caregiver = Hãy hỏi nhân viên xã hội DCFS xem có người con nào của quý vị đang được cho sống với người thân không.
screening-change-homeless = Hãy cho nhân viên phụ trách biết quý vị ngủ ở đâu vào ban đêm. Họ có thể cho quý vị biết như vậy có được tính là vô gia cư hay không.
screening-change-sanction = Hãy hỏi nhân viên GAIN xem CalWORKs của quý vị có bị giảm vì bị phạt hay không. Thư của DPSS cũng sẽ ghi rõ điều này.

## Các lựa chọn giúp đỡ: tiêu đề và tóm tắt một câu

screening-path-prevention-5122 = Nhờ DCFS kết nối quý vị với DPSS
screening-path-prevention-5122-summary = Nhân viên xã hội DCFS có thể xem quý vị có thể nhận giúp đỡ từ DPSS hay không, như CalWORKs, General Relief, CalFresh hoặc Medi-Cal, và giúp quý vị nộp đơn nhanh hơn.
screening-path-family-maintenance = Dịch vụ GAIN trong chương trình Duy Trì Gia Đình (Family Maintenance)
screening-path-family-maintenance-summary = Trong khi các con sống với quý vị và hồ sơ của quý vị với DCFS ở chương trình Duy Trì Gia Đình, các dịch vụ GAIN có thể là một phần trong kế hoạch Welfare-to-Work (kế hoạch đi làm) của quý vị.
screening-path-family-preservation = Dịch vụ GAIN trong chương trình Bảo Tồn Gia Đình (Family Preservation)
screening-path-family-preservation-summary = Trong khi các con sống với quý vị và gia đình quý vị ở chương trình Bảo Tồn Gia Đình, DCFS và DPSS cùng nhau lên kế hoạch dịch vụ cho quý vị, và các dịch vụ GAIN có thể là một phần trong kế hoạch Welfare-to-Work (kế hoạch đi làm) của quý vị.
screening-path-family-reunification = Dịch vụ GAIN trong chương trình Đoàn Tụ Gia Đình (Family Reunification)
screening-path-family-reunification-summary = Nếu quý vị có CalWORKs khi các con được đưa đến sống ngoài nhà, quý vị có thể chọn tiếp tục nhận dịch vụ GAIN, không kèm tiền trợ cấp, để giúp đưa các con về nhà.
screening-path-homeless-outreach = Giúp đỡ cho gia đình không có nhà ở
screening-path-homeless-outreach-summary = Nếu quý vị có CalWORKs và có hồ sơ Duy Trì Gia Đình với DCFS, DCFS và DPSS có thể cùng nhau kết nối gia đình quý vị với sự giúp đỡ dành cho gia đình vô gia cư.
screening-path-sanction-help = Giúp chấm dứt việc bị phạt (sanction) CalWORKs
screening-path-sanction-help-summary = DCFS và DPSS có thể cùng liên lạc với quý vị để giúp quý vị giải quyết lý do bị phạt và chấm dứt việc bị phạt.
screening-path-linkages-gsw = Nhân viên GAIN tại văn phòng DCFS của quý vị
screening-path-linkages-gsw-summary = Một Nhân Viên Dịch Vụ GAIN của Linkages tại văn phòng DCFS có thể tham gia các buổi họp Nhóm Trẻ Em và Gia Đình (Child and Family Team) của quý vị và cho lời khuyên về hồ sơ của quý vị.
screening-path-dpss-apply = Tự nộp đơn xin giúp đỡ từ DPSS
screening-path-dpss-apply-summary = Quý vị có thể nộp đơn xin giúp đỡ từ DPSS, như CalWORKs, CalFresh, Medi-Cal hoặc General Relief, trên mạng hoặc qua điện thoại.

## Việc cần làm tiếp theo

screening-step-answer-again = Nếu có gì thay đổi, quý vị có thể trả lời lại các câu hỏi.
screening-step-ask-worker = Hãy hỏi nhân viên xã hội DCFS, hoặc nhân viên xét duyệt trợ cấp hay nhân viên GAIN, xem điều này có hợp với quý vị không.
screening-step-call-211 = Hãy gọi 2-1-1 để tìm giúp đỡ gần quý vị. Gọi miễn phí, và có người trả lời cả ngày lẫn đêm.
screening-step-wtw-plan = Hãy hỏi những dịch vụ nào có thể là một phần trong kế hoạch Welfare-to-Work (kế hoạch đi làm) của quý vị.
screening-step-benefitscal = Nộp đơn trên mạng tại BenefitsCal.com.
screening-step-call-dpss = Hoặc gọi DPSS ở số (866) 613-3777.
screening-step-ask-5122 = Hãy nhờ nhân viên xã hội DCFS xem quý vị có thể nhận giúp đỡ từ DPSS hay không. Họ dùng một mẫu đơn tên là DCFS 5122.
screening-step-expedited-intake = Nếu quý vị có thể hội đủ điều kiện, nhân viên xã hội sẽ chuyển quý vị đến DPSS để đơn của quý vị được xét nhanh hơn.
screening-step-tell-worker-fm = Hãy cho nhân viên xét duyệt trợ cấp hoặc nhân viên GAIN biết quý vị có hồ sơ Duy Trì Gia Đình (Family Maintenance) với DCFS.
screening-step-tell-worker-fp = Hãy cho nhân viên xét duyệt trợ cấp hoặc nhân viên GAIN biết gia đình quý vị đang ở chương trình Bảo Tồn Gia Đình (Family Preservation) với DCFS.
screening-step-fr-volunteer = Hãy cho nhân viên xã hội DCFS và nhân viên GAIN biết quý vị muốn nhận dịch vụ Đoàn Tụ Gia Đình (Family Reunification). Quý vị tự quyết định.
screening-step-general-relief = Các dịch vụ này không kèm tiền trợ cấp. Nếu quý vị cần tiền để sống, quý vị có thể nộp đơn xin General Relief.
screening-step-tell-worker-homeless = Hãy cho nhân viên xã hội DCFS và nhân viên xét duyệt trợ cấp biết quý vị đang vô gia cư. Hãy nhờ họ cùng nhau giúp quý vị.
screening-step-tell-worker-sanction = Hãy cho nhân viên GAIN và nhân viên xã hội DCFS biết về việc bị phạt. Hãy nhờ họ cùng quý vị tìm cách chấm dứt việc bị phạt.
screening-step-gsw-cft = Hãy nhờ nhân viên xã hội DCFS mời Nhân Viên Dịch Vụ GAIN của Linkages đến buổi họp Nhóm Trẻ Em và Gia Đình (Child and Family Team) của quý vị.
screening-step-gsw-consult = Nhân viên xã hội cũng có thể nói chuyện với Nhân Viên Dịch Vụ GAIN của Linkages về hồ sơ của quý vị.
screening-step-dpss-if-dcfs = Nếu quý vị có hồ sơ với DCFS, hãy nhờ nhân viên xã hội giúp quý vị nộp đơn. Như vậy có thể nhanh hơn.
screening-step-dpss-through-dcfs = Vì quý vị có hồ sơ với DCFS, nhân viên xã hội có thể giúp quý vị làm việc với DPSS. Xem các kết quả khác.

## Dịch vụ

screening-service-mental-health = Dịch vụ sức khỏe tâm thần
screening-service-domestic-violence = Dịch vụ về bạo lực gia đình
screening-service-substance-use = Giúp đỡ về việc dùng rượu hoặc ma túy
screening-service-education-training = Học tập và học nghề
screening-service-employment = Giúp tìm và giữ việc làm
screening-service-transportation = Giúp đỡ về đi lại
screening-service-child-care = Dịch vụ giữ trẻ
screening-service-ancillary-costs = Giúp trả tiền sách, dụng cụ, đồng phục và các khoản phí
screening-service-housing-support = Giúp đỡ về nhà ở
screening-service-moving-assistance = Giúp trả chi phí dọn nhà
screening-service-temporary-homeless-assistance = Giúp đỡ ngắn hạn trong lúc quý vị không có nhà ở

## Giới hạn thời gian ($months, $max_months: con số)

screening-time-limit =
    { $months ->
       *[other] Các dịch vụ này có thể kéo dài tối đa { $months } tháng.
    }
screening-time-limit-extendable =
    { $months ->
       *[other] Các dịch vụ này có thể kéo dài { $months } tháng. Nếu quý vị đủ điều kiện theo quy định của chương trình, dịch vụ có thể tiếp tục đến tối đa { $max_months } tháng.
    }
