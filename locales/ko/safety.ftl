# Linkages 사이트: "온라인에서 안전하게" 페이지, 빠른 나가기 옆과 바닥글에서 연결 (한국어).
# Reviewed by a certified translator: no.

safety-online-link = 온라인에서 안전하게
safety-online-title = 온라인에서 안전하게
safety-online-intro = 누군가 내 휴대폰이나 컴퓨터를 확인한다면, 이 방법으로 이 사이트에 온 것을 다른 사람이 모르게 할 수 있어요.

safety-online-exit-title = 빨리 나가기
safety-online-exit = "{ exit-link }" 버튼은 모든 페이지 맨 위에 있어요. 누르면 날씨 검색이 열려요. Shift 키를 빠르게 3번 눌러도 돼요.
safety-online-back = "{ exit-link }" 버튼은 방문 기록을 지우지 않아요. 뒤로 버튼을 누르면 이 사이트의 페이지가 아직 보일 수 있어요.

safety-online-private-title = 비공개 창 쓰기
safety-online-private = 비공개 창은 창을 닫으면 방문한 페이지를 남기지 않아요. Chrome에서는 "시크릿 모드"라고 해요. 이 사이트에 오기 전에 비공개 창을 열고, 다 보면 닫으세요.

safety-online-history-title = 방문 기록에서 이 사이트 지우기
safety-online-history-intro = 방문 기록을 모두 지우면 누군가 의심할 수 있어요. 대신 이 사이트의 페이지만 지울 수 있어요.
safety-online-history-android = Android 휴대폰, Chrome: 메뉴(⋮)를 누르고 "방문 기록"을 누르세요. 이 사이트의 각 페이지 옆에 있는 ✕를 누르세요.
safety-online-history-iphone = iPhone, Safari: 책 아이콘을 누르고 시계 아이콘(방문 기록)을 누르세요. 이 사이트의 페이지를 왼쪽으로 밀고 "삭제"를 누르세요.
safety-online-history-samsung = Samsung 휴대폰, Samsung Internet: 메뉴(☰)를 누르고 "방문 기록"을 누르세요. 이 사이트의 페이지를 길게 누른 다음 "삭제"를 누르세요.
safety-online-history-computer = 컴퓨터: Ctrl과 H를 함께 눌러(Mac에서는 Command와 Y) "방문 기록"을 열고, 이 사이트의 페이지를 지우세요.
safety-online-other-device = 할 수 있다면 도서관 컴퓨터나 친구의 휴대폰처럼, 그 사람이 확인할 수 없는 휴대폰이나 컴퓨터를 쓰세요.

safety-online-stores-title = 이 사이트가 저장하는 것
safety-online-stores = 이 사이트에는 계정도 추적도 없어요. 쿠키는 언어를 기억하는 것 하나뿐이에요. 질문에 대한 답은 절대 저장되지 않고, 누구에게도 보내지지 않아요. 답은 이 브라우저 탭에만 남아 있어서 뒤로 버튼으로 다시 볼 수 있고, 탭을 닫으면 사라져요.
