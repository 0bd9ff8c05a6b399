### Tự kiểm tra: câu hỏi, câu trả lời và kết quả (tiếng Việt).
# Reviewed by a certified translator: no.
### Các id được dùng trong app/src/screening (xem messages.rs). Giữ nguyên các id trong mọi ngôn ngữ.
### Viết cho trình độ đọc khoảng 9 tuổi và gọi người đọc là "quý vị".
### Không bao giờ đổ lỗi cho cha mẹ: nói "hồ sơ của quý vị với DCFS".
### Giữ nguyên tên chính thức: DCFS, DPSS, CalWORKs, GAIN, CalFresh, Medi-Cal,
### General Relief, BenefitsCal.
### Program and role names are Fluent terms from terms.ftl ({ -dcfs }, { -social-worker }): never
### type them; see locales/glossary.toml and locales/README.md.

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

screening-q-dcfs-case = Quý vị có hồ sơ đang mở với { -dcfs } không?
screening-q-dcfs-case-hint = { -dcfs } là { -dcfs-full }. Nếu có { -social-worker } phụ trách trẻ em đến thăm hoặc gọi cho quý vị, có thể quý vị có hồ sơ.
screening-q-dcfs-service = { -dcfs } đang giúp gia đình quý vị theo cách nào?
screening-q-dcfs-service-hint = Quý vị có thể hỏi { -social-worker } { -dcfs } của quý vị về tên chương trình.
screening-q-children-location = Hiện giờ các con của quý vị sống ở đâu?
screening-q-children-location-hint = Hãy nghĩ đến tất cả các con của quý vị.
screening-q-calworks-now = Hiện giờ quý vị có nhận { -calworks } không?
screening-q-calworks-now-hint = { -calworks } là tiền trợ cấp cho gia đình có con. Tiền này do { -dpss } cấp.
screening-q-calworks-at-removal = Khi { -dcfs } đưa các con của quý vị đến sống ngoài nhà, quý vị có đang nhận { -calworks } không?
screening-q-calworks-at-removal-hint = Có thể sau đó { -calworks } của quý vị đã bị ngưng. Hãy trả lời theo thời điểm các con được đưa đến nơi khác.
screening-q-fr-plan = Quý vị có kế hoạch { -family-reunification-said } với { -dcfs } không?
screening-q-fr-plan-hint = Đây là kế hoạch quý vị và { -social-worker } { -dcfs } đã cùng lập ra để đưa các con về nhà.
screening-q-relative-caregiver = { -dcfs } có đưa người con nào của quý vị đến sống với người thân không?
screening-q-relative-caregiver-hint = Ví dụ, với ông bà, cô dì, chú bác hoặc một người khác trong gia đình.
screening-q-homeless = Hiện giờ quý vị có đang vô gia cư không?
screening-q-homeless-hint = Ví dụ, quý vị ngủ ở nơi tạm trú, trong xe, ở nhà nghỉ (motel) hoặc ngoài trời, hoặc phải dọn từ chỗ này sang chỗ khác.
screening-q-sanction = { -dpss } có giảm tiền { -calworks } của quý vị vì { -sanction-said } theo { -gain } không?
screening-q-sanction-hint = Khi { -dpss } cắt bớt { -calworks } của quý vị vì một quy định của { -gain } ({ -welfare-to-work-said }), việc đó gọi là { -sanction-said }. Thư của { -dpss } sẽ ghi rõ điều này.

## Các câu trả lời

screening-answer-yes = Có
screening-answer-no = Không
screening-answer-unsure = Tôi không biết
screening-answer-family-maintenance = { -family-maintenance-said }
screening-answer-family-maintenance-hint = Các con sống với quý vị, và một { -social-worker } { -dcfs } giúp gia đình quý vị. Việc này có thể do tòa án ra lệnh hoặc do quý vị chọn.
screening-answer-family-preservation = { -family-preservation-said }
screening-answer-family-preservation-hint = Các con sống với quý vị, và một cơ quan { -family-preservation } làm việc với gia đình quý vị.
screening-answer-family-reunification = { -family-reunification-said }
screening-answer-family-reunification-hint = Các con tạm thời sống ở nơi khác, và quý vị đang cố gắng để đưa các con về nhà.
screening-answer-investigation = { -dcfs } đang xem xét một báo cáo
screening-answer-investigation-hint = Một { -social-worker } đang tìm hiểu tình hình gia đình quý vị, và chưa có chương trình nào bắt đầu.
screening-answer-all-home = Tất cả các con tôi đều sống với tôi
screening-answer-some-removed = Một số con sống với tôi, và { -dcfs } đã đưa một số con đến sống ở nơi khác
screening-answer-all-removed = { -dcfs } đã đưa tất cả các con tôi đến sống ngoài nhà tôi

## Lý do: những gì gia đình đã cho chúng tôi biết

screening-reason-dcfs-case-yes = Quý vị cho biết quý vị có hồ sơ đang mở với { -dcfs }.
screening-reason-dcfs-case-no = Quý vị cho biết quý vị không có hồ sơ đang mở với { -dcfs }.
screening-reason-dcfs-case-unsure = Chúng tôi chưa biết quý vị có hồ sơ đang mở với { -dcfs } hay không.
screening-reason-dcfs-service-family-maintenance = Quý vị cho biết hồ sơ của quý vị với { -dcfs } đang ở chương trình { -family-maintenance }.
screening-reason-dcfs-service-family-preservation = Quý vị cho biết gia đình quý vị đang ở chương trình { -family-preservation } với { -dcfs }.
screening-reason-dcfs-service-family-reunification = Quý vị cho biết hồ sơ của quý vị với { -dcfs } đang ở chương trình { -family-reunification }.
screening-reason-dcfs-service-investigation = Quý vị cho biết { -dcfs } đang xem xét một báo cáo, và chưa có chương trình nào bắt đầu.
screening-reason-dcfs-service-unsure = Chúng tôi chưa biết hồ sơ của quý vị thuộc chương trình nào của { -dcfs }.
screening-reason-children-location-all-home = Quý vị cho biết tất cả các con đều sống với quý vị.
screening-reason-children-location-some-removed = Quý vị cho biết một số con sống với quý vị, và { -dcfs } đã đưa một số con đến sống ở nơi khác.
screening-reason-children-location-all-removed = Quý vị cho biết { -dcfs } đã đưa tất cả các con đến sống ngoài nhà của quý vị.
screening-reason-children-location-unsure = Chúng tôi chưa biết các con của quý vị sống ở đâu.
screening-reason-calworks-now-yes = Quý vị cho biết hiện giờ quý vị có nhận { -calworks }.
screening-reason-calworks-now-no = Quý vị cho biết hiện giờ quý vị không nhận { -calworks }.
screening-reason-calworks-now-unsure = Chúng tôi chưa biết hiện giờ quý vị có nhận { -calworks } hay không.
screening-reason-calworks-at-removal-yes = Quý vị cho biết quý vị đang nhận { -calworks } khi các con được đưa đến sống ngoài nhà.
screening-reason-calworks-at-removal-no = Quý vị cho biết quý vị không nhận { -calworks } khi các con được đưa đến sống ngoài nhà.
screening-reason-calworks-at-removal-unsure = Chúng tôi chưa biết quý vị có đang nhận { -calworks } hay không khi các con được đưa đến sống ngoài nhà.
screening-reason-fr-plan-yes = Quý vị cho biết quý vị có kế hoạch { -family-reunification } với { -dcfs }.
screening-reason-fr-plan-no = Quý vị cho biết quý vị không có kế hoạch { -family-reunification } với { -dcfs }.
screening-reason-fr-plan-unsure = Chúng tôi chưa biết quý vị có kế hoạch { -family-reunification } với { -dcfs } hay không.
screening-reason-relative-caregiver-yes = Quý vị cho biết { -dcfs } đã đưa ít nhất một người con của quý vị đến sống với người thân.
screening-reason-relative-caregiver-no = Quý vị cho biết { -dcfs } không đưa người con nào của quý vị đến sống với người thân.
screening-reason-relative-caregiver-unsure = Chúng tôi chưa biết có người con nào của quý vị đang sống với người thân hay không.
screening-reason-homeless-yes = Quý vị cho biết hiện giờ quý vị đang vô gia cư.
screening-reason-homeless-no = Quý vị cho biết hiện giờ quý vị không phải là người vô gia cư.
screening-reason-homeless-unsure = Chúng tôi chưa biết hiện giờ quý vị có đang vô gia cư hay không.
screening-reason-sanction-yes = Quý vị cho biết { -dpss } đã giảm { -calworks } của quý vị vì { -sanction } theo { -gain }.
screening-reason-sanction-no = Quý vị cho biết { -dpss } không giảm { -calworks } của quý vị vì { -sanction } theo { -gain }.
screening-reason-sanction-unsure = Chúng tôi chưa biết { -dpss } có giảm { -calworks } của quý vị vì { -sanction } theo { -gain } hay không.

## Điều gì có thể thay đổi kết quả "Hỏi nhân viên phụ trách"

screening-change-dcfs-case = Hãy tìm hiểu xem quý vị có hồ sơ đang mở với { -dcfs } hay không. Quý vị có thể hỏi { -social-worker } phụ trách các con hoặc xem thư của { -dcfs }.
screening-change-dcfs-service = Hãy hỏi { -social-worker } { -dcfs } xem hồ sơ của quý vị thuộc chương trình nào.
screening-change-children-location = Hãy hỏi { -social-worker } { -dcfs } xem từng người con của quý vị đang được cho sống ở đâu.
screening-change-calworks-now = Hãy tìm hiểu xem hiện giờ quý vị có nhận { -calworks } không. Quý vị có thể hỏi { -eligibility-worker-said }, hoặc xem thư từ { -dpss } hay BenefitsCal.
screening-change-calworks-at-removal = Hãy hỏi { -eligibility-worker } xem quý vị có nhận { -calworks } khi các con được đưa đến sống ngoài nhà hay không.
screening-change-fr-plan = Hãy hỏi { -social-worker } { -dcfs } xem quý vị có kế hoạch { -family-reunification } hay không.
screening-change-relative-caregiver = Hãy hỏi { -social-worker } { -dcfs } xem có người con nào của quý vị đang được cho sống với người thân không.
screening-change-homeless = Hãy cho nhân viên phụ trách biết quý vị ngủ ở đâu vào ban đêm. Họ có thể cho quý vị biết như vậy có được tính là vô gia cư hay không.
screening-change-sanction = Hãy hỏi { -gain-worker } xem { -calworks } của quý vị có bị giảm vì { -sanction } hay không. Thư của { -dpss } cũng sẽ ghi rõ điều này.

## Các lựa chọn giúp đỡ: tiêu đề và tóm tắt một câu

screening-path-prevention-5122 = Nhờ { -dcfs } kết nối quý vị với { -dpss }
screening-path-prevention-5122-summary = Quý vị có thể nhờ { -social-worker } { -dcfs } xem quý vị có thể nhận giúp đỡ từ { -dpss } hay không, như { -calworks }, { -general-relief }, { -calfresh } hoặc { -medi-cal }, và giúp quý vị nộp đơn nhanh hơn.
screening-path-family-maintenance = Dịch vụ { -gain } trong chương trình { -family-maintenance-said }
screening-path-family-maintenance-summary = Trong khi các con sống với quý vị và hồ sơ của quý vị với { -dcfs } ở chương trình { -family-maintenance }, các dịch vụ { -gain } có thể là một phần trong kế hoạch { -welfare-to-work-said } (kế hoạch đi làm) của quý vị.
screening-path-family-preservation = Dịch vụ { -gain } trong chương trình { -family-preservation-said }
screening-path-family-preservation-summary = Trong khi các con sống với quý vị và gia đình quý vị ở chương trình { -family-preservation }, { -dcfs } và { -dpss } cùng nhau lên kế hoạch dịch vụ cho quý vị, và các dịch vụ { -gain } có thể là một phần trong kế hoạch { -welfare-to-work-said } (kế hoạch đi làm) của quý vị.
screening-path-family-reunification = Dịch vụ { -gain } trong chương trình { -family-reunification-said }
screening-path-family-reunification-summary = Nếu quý vị có { -calworks } khi các con được đưa đến sống ngoài nhà, quý vị có thể chọn tiếp tục nhận dịch vụ { -gain }, không kèm tiền trợ cấp, để giúp đưa các con về nhà.
screening-path-homeless-outreach = Giúp đỡ cho gia đình không có nhà ở
screening-path-homeless-outreach-summary = Nếu quý vị có { -calworks } và có hồ sơ { -family-maintenance } với { -dcfs }, { -dcfs } và { -dpss } có thể cùng nhau kết nối gia đình quý vị với sự giúp đỡ dành cho gia đình vô gia cư.
screening-path-sanction-help = Giúp chấm dứt { -sanction-said } đối với { -calworks }
screening-path-sanction-help-summary = { -dcfs } và { -dpss } có thể cùng liên lạc với quý vị để giúp quý vị giải quyết lý do bị { -sanction } và chấm dứt { -sanction }.
screening-path-linkages-gsw = Một { -gain-worker } tại văn phòng { -dcfs } của quý vị
screening-path-linkages-gsw-summary = Một { -linkages-gain-worker } tại văn phòng { -dcfs } có thể tham gia các buổi họp { -child-and-family-team-said } của quý vị và cho lời khuyên về hồ sơ của quý vị.
screening-path-dpss-apply = Tự nộp đơn xin giúp đỡ từ { -dpss }
screening-path-dpss-apply-summary = Quý vị có thể nộp đơn xin giúp đỡ từ { -dpss }, như { -calworks }, { -calfresh }, { -medi-cal } hoặc { -general-relief }, trên mạng hoặc qua điện thoại.

## Việc cần làm tiếp theo

screening-step-answer-again = Nếu có gì thay đổi, quý vị có thể trả lời lại các câu hỏi.
screening-step-ask-worker = Hãy hỏi { -social-worker } { -dcfs }, hoặc { -eligibility-worker-said } hay { -gain-worker }, xem điều này có hợp với quý vị không.
screening-step-call-211 = Hãy gọi 2-1-1 để tìm giúp đỡ gần quý vị. Gọi miễn phí, và có người trả lời cả ngày lẫn đêm.
screening-step-wtw-plan = Hãy hỏi những dịch vụ nào có thể là một phần trong kế hoạch { -welfare-to-work-said } (kế hoạch đi làm) của quý vị.
screening-step-benefitscal = Nộp đơn trên mạng tại BenefitsCal.com.
screening-step-call-dpss = Hoặc gọi { -dpss } ở số (866) 613-3777.
screening-step-ask-5122 = Hãy nhờ { -social-worker } { -dcfs } xem quý vị có thể nhận giúp đỡ từ { -dpss } hay không. Họ dùng một mẫu đơn tên là { -form-5122 }.
screening-step-expedited-intake = Nếu quý vị có thể hội đủ điều kiện, { -social-worker } sẽ chuyển quý vị đến { -dpss } để đơn của quý vị được xét nhanh hơn.
screening-step-tell-worker-fm = Hãy cho { -eligibility-worker } hoặc { -gain-worker } biết quý vị có hồ sơ { -family-maintenance-said } với { -dcfs }.
screening-step-tell-worker-fp = Hãy cho { -eligibility-worker } hoặc { -gain-worker } biết gia đình quý vị đang ở chương trình { -family-preservation-said } với { -dcfs }.
screening-step-fr-volunteer = Hãy cho { -social-worker } { -dcfs } và { -gain-worker } biết quý vị muốn nhận dịch vụ { -family-reunification-said }. Quý vị tự quyết định.
screening-step-general-relief = Các dịch vụ này không kèm tiền trợ cấp. Nếu quý vị cần tiền để sống, quý vị có thể nộp đơn xin { -general-relief-said }.
screening-step-tell-worker-homeless = Hãy cho { -social-worker } { -dcfs } và { -eligibility-worker } biết quý vị đang vô gia cư. Hãy nhờ họ cùng nhau giúp quý vị.
screening-step-tell-worker-sanction = Hãy cho { -gain-worker } và { -social-worker } { -dcfs } biết về { -sanction-said }. Hãy nhờ họ cùng quý vị tìm cách chấm dứt { -sanction }.
screening-step-gsw-cft = Hãy nhờ { -social-worker } { -dcfs } mời { -linkages-gain-worker } đến buổi họp { -child-and-family-team-said } của quý vị.
screening-step-gsw-consult = Ngoài ra, { -social-worker } cũng có thể nói chuyện với { -linkages-gain-worker } về hồ sơ của quý vị.
screening-step-dpss-if-dcfs = Nếu quý vị có hồ sơ với { -dcfs }, hãy nhờ { -social-worker } giúp quý vị nộp đơn. Như vậy có thể nhanh hơn.
screening-step-dpss-through-dcfs = Vì quý vị có hồ sơ với { -dcfs }, { -social-worker } có thể giúp quý vị làm việc với { -dpss }. Xem các kết quả khác.

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
