# Register and glossary: see notifications.ftl.
## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald 데모
demo-intro = 다른 출처(origin)에 있는 대시보드에 herald 알림함을 삽입한 페이지예요. 상단의 종 아이콘이 알림함이에요. 알림함을 열어 알림을 읽고 보관하고 링크를 따라가 보거나, 게시 실패를 일으켜 알림이 실시간으로 도착하는 모습을 확인해 보세요.
demo-viewing = 로그인 계정: { $name }
demo-switch = { $name } 계정으로 전환
demo-fail = 게시 실패 일으키기
