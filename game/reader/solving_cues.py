"""Hand-written cue phrases for the solving and clarifying acts (issue #13): what a reply must
not miss once the feeling is heard. Read by `cues.py` beside the mistakes' cues, the same way."""

from __future__ import annotations

# The solving and clarifying acts (issue #13): what a reply must not miss once the feeling is
# heard. Generic wordings trainees type (first person + an action + a time frame is act_now;
# "I'll personally / follow it up / call you back" is take_ownership ...), written from the
# acts' meanings (corpus/CONVENTIONS.md), not copied from corpus lines. Same mechanism as the
# mistakes' cues: one feature each, weighed by the model, off inside a negation ("I can't book
# an engineer today" gives "~cue:act_now", which the model learns to read otherwise).
_ACTION_EN = (
    r"(?:book|send|sent|arrang|order|schedul|reset|cancel|refund|fix|rais|log|escalat|process"
    r"|call|ring|rung|email|text|issu|reissu|chang|updat|restor|unblock|reconnect|transfer"
    r"|contact|chas|check|sort|pull|open|reactivat|activat|credit|swap|replac|repair|resend"
    r"|re-send|put|submit|file|flag|dispatch|post|ship|book)\w*"
)
_NUMBER_EN = (
    r"(?:\d+|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty|forty|sixty|half an?"
    r"|a couple of|a few)"
)
_WHEN_EN = (
    r"(?:right now|right away|straight away|immediately|now|today|tonight|this (?:afternoon"
    r"|morning|evening|minute)|tomorrow(?: morning| afternoon)?|first thing|as we speak"
    r"|(?:by|before) (?:\d|noon|midday|tonight|today|tomorrow|the end of|end of|close|lunch"
    r"|five|six)|within "
    + _NUMBER_EN
    + r"|in (?:the next )?"
    + _NUMBER_EN
    + r" (?:minutes?|mins?|hours?|hrs?|seconds?|secs?))"
)
SOLVING_CUES_EN: dict[str, tuple[str, ...]] = {
    "act_now": (
        # done already: "I've booked an engineer", "we have sent the card"
        r"\b(?:i(?:'ve| have)|ive|we(?:'ve| have)) (?:just |already |now )?" + _ACTION_EN,
        # doing it: "I'm sending it now", "I am checking the records"
        r"\b(?:i'm|im|i am|we're|we are) (?:now |just )?(?:going to )?"
        + _ACTION_EN
        + r".{0,50}\b"
        + _WHEN_EN
        + r"\b",
        r"\b(?:i'm|im|i am) (?:on it|doing it|doing that|sorting it|checking|looking (?:at|into)"
        r" (?:it|this|that) now)\b",
        # a first person who will act, by a time: "I'll call you back by 6"
        r"\b(?:i'll|ill|i will|we'll|we will|let me|i'm going to|i am going to) (?:\w+ ){0,7}?"
        + _WHEN_EN
        + r"\b",
        r"\b(?:right now|right away|straight away|immediately|as we speak|this minute|on it now)\b",
        r"\b(?:within|in)(?: the next)? " + _NUMBER_EN + r" (?:minutes?|mins?|hours?|hrs?)\b",
    ),
    "take_ownership": (
        r"\b(?:i(?:'ll| will)? personally|i myself|myself)\b",
        r"\b(?:i'll|ill|i will|i'm going to|i am going to|let me) (?:\w+ ){0,2}?"
        r"(?:follow (?:it|this|that|your \w+)? ?up|keep you (?:posted|updated|informed"
        r"|in the loop)|call you back"
        r"|(?:call|ring|phone|text|email) you (?:(?:back )?(?:by|before|to confirm|once|when"
        r"|as soon|personally|myself|tomorrow|tonight|later today|this (?:afternoon|evening)))"
        r"|ring you back|phone you back|get back to you (?:myself|personally|by|before|today)"
        r"|see (?:it|this|that) through|take care of (?:it|this|that)|handle (?:it|this|that)"
        r"|own (?:it|this)|stay on (?:it|this|top of)|chase (?:it|this|that)|look after (?:it|this"
        r"|you))",
        r"\b(?:leave it (?:with|to) me|it's on me|i take (?:full )?responsibility|i'll take"
        r" (?:full )?responsibility|i'm responsible|my responsibility|i'll make sure|i will make"
        r" sure|ask for me|call me directly|my (?:direct )?(?:number|line|extension|name) is"
        r"|you can reach me|i'll be your|from start to finish|until it's (?:fixed|sorted|solved))",
    ),
    "propose_solution": (
        r"\b(?:we|i) (?:can|could) (?:\w+ ){0,2}?(?:replace|repair|swap|exchange|fix|reset"
        r"|re-?send|send you|reissue|re-issue|move|switch|cancel|refund|reconnect|restore|rebook"
        r"|transfer|upgrade|unblock|sort|change|set up|arrange|book|put you|get you|give you)\b",
        r"\b(?:i'll|ill|i will|we'll|we will|let me|i'm going to|we're going to|i am going to)"
        r" (?:\w+ ){0,2}?(?:replace|repair|swap|exchange|fix|re-?send|reissue|re-issue|move"
        r"|switch|reconnect|restore|rebook|unblock|sort (?:it|this|that|you) out|set (?:it|you)"
        r" up|get (?:it|this|that|you) (?:fixed|sorted|replaced|working))\b",
        r"\b(?:what (?:we|i) (?:can|could|will) do is|here's what (?:we|i)(?:'ll| will| can) do"
        r"|the (?:fix|solution|answer|plan) (?:is|will be)|how about (?:i|we)|what if (?:i|we)"
        r"|why don't (?:i|we)|the best (?:way|option|thing|fix) (?:is|would be)|my suggestion"
        r"|i (?:suggest|recommend|'d suggest|would suggest|'d recommend))\b",
    ),
    "compensate": (
        r"\b(?:i'll|ill|i will|we'll|we will|i'm|im|i am|we're|let me|i can|we can|i've|we've"
        r"|i have) (?:\w+ ){0,3}?(?:refund|credit|waive|give you|add|take|knock|reimburse"
        r"|compensate|send you|put)\w*\b.{0,40}\b(?:refund|credit|voucher|coupon|fee|charge"
        r"|free|off|back|compensat\w*|discount|month|pounds?|dollars?|euros?|yuan)\b",
        r"\b(?:a|one|first|next) (?:free )?month (?:free|on us|on the house)|free of charge"
        r"|on the house|on us\b|goodwill (?:gesture|credit)|for the (?:trouble|inconvenience"
        r"|hassle)|to make up for",
        r"\b(?:refund|credit|voucher|coupon|discount|compensation)\b.{0,30}\b(?:for you|your"
        r" account|your (?:next )?bill|your card)\b",
    ),
    "offer_options": (
        r"\beither\b.{1,80}\bor\b",
        r"\b(?:you can|you could|you may) (?:choose|pick|decide|have (?:either|a choice))"
        r"|\b(?:two|three|a few|some|a couple of|several) (?:options|choices|ways|possibilities)"
        r"|\bwhich (?:would you|do you|one do you|one would you) (?:prefer|like|want|rather)"
        r"|\bwould you (?:rather|prefer)\b.{1,60}\bor\b",
        r"\bor (?:if you (?:prefer|like|want|'d rather)|else|alternatively)|\balternatively\b"
        r"|\b(?:it's|its|it is) (?:up to you|your (?:choice|call|pick))|\byour (?:choice|pick)\b"
        r"|\bwhichever (?:you|suits|works)",
    ),
    "manage_expectations": (
        r"\b(?:it|this|that|the(?: \w+){1,2}) (?:usually |normally |generally |will |can "
        r"|may |should |might )?"
        r"(?:takes?|take up to) (?:about |around |up to |roughly |at least )?"
        + _NUMBER_EN
        + r" (?:working |business )?(?:minutes?|hours?|days?|weeks?|months?)\b",
        r"\b(?:i can't promise|i cannot promise|i won't pretend|realistically|at the earliest"
        r"|the earliest (?:is|would be|we can)|(?:don't|do not) expect (?:it|them|anything)"
        r"|not before|to be honest|honestly|the best i can (?:do|promise))\b",
    ),
    "explain_reason": (
        r"\bbecause\b|\bthe reason (?:is|was|why|for)\b|\bwhat happened (?:is|was)\b"
        r"|\b(?:it|this|that) (?:was|is|has been) (?:caused|due) (?:by|to)\b|\bcaused by\b"
        r"|\bdue to\b|\bthat's why\b|\bthat is why\b|\bturns out\b|\bthe (?:cause|problem|issue"
        r"|fault) (?:is|was)\b",
        r"\b(?:was|is|were|went|has been|had been) (?:faulty|down|broken|overloaded|offline"
        r"|damaged|misconfigured|out of (?:order|service))\b|\b(?:failed|crashed|broke down"
        r"|timed out)\b",
    ),
    "restate_facts": (
        r"^(?:ok(?:ay)?,? |right,? |alright,? )?so,? (?:the|your|you|it|they|this|that|every"
        r"|each|after|since|when|on|last|for)\b(?!.{0,40}\b(?:want|going|expect)\b)",
        r"\b(?:so )?(?:what )?(?:you're|you are|youre) (?:saying|telling me)\b|\byou (?:mean|said"
        r"|told me|say) (?:that|it|the|your|you)\b|\bif i(?:'ve| have)? (?:understand|got|get"
        r"|heard|understood)\b|\bhave i got (?:that|it|this) right"
        r"|\blet me (?:make sure|check) i(?:'ve)? (?:got|understand|understood)"
        r"|\bjust to (?:recap|confirm|check|sum up|make sure)"
        r"|\bto (?:recap|sum up|summari[sz]e)\b|\bin other words,? you\b|\bfrom what you(?:'ve)?"
        r" (?:said|told me|describe)",
        # their facts said back: "you paid on Monday", "you were promised a call"
        r"(?:^|[.!?:;,] )(?:so,? |and )?you(?:'ve| have)? (?:were|paid|came|queued|waited|called"
        r"|rang|asked|bought|ordered|received|spent|stood|been|topped up|were told|were promised"
        r"|got here)\b",
        r"\bevery (?:single )?time\b|\b(?:\d+|two|three|four|five|six|seven|several) times\b"
        r"|\b(?:three|four|five|six|\d+) (?:calls|visits|emails|days|weeks) (?:and|now|in a row)",
    ),
    "open_question": (
        r"(?:^|[.!?,] )(?:and |so |ok,? |okay,? |right,? )?(?:where|when|what|how|which|who)"
        r"\b[^.!?]{0,80}\?",
        r"\b(?:can|could|would) you (?:tell me|describe|walk me|talk me|explain|show me)"
        r"|\btell me (?:more|about|what|how|when|where)|\bwalk me through\b|\bwhat (?:exactly|else)"
        r" (?:happened|did|do|does|is|was)\b|\bwhat happens when\b",
    ),
}

SOLVING_CUES_ZH: dict[str, tuple[str, ...]] = {
    "act_now": (
        r"我(?:这边|们)?(?:已经|刚刚?|刚才)(?:帮|给|为)?(?:您|你)?(?:约|订|预约|安排|发|寄|办|处理"
        r"|提交|申请|改|退|补|重置|开通|恢复|登记|派|转|联系|打|查|报|下单|预订|叫)",
        r"(?:我|我们)(?:这边)?(?:马上|立刻|立即|现在就?|这就|当场|即刻)",
        r"(?:今天之内|今天内|今天下午|今天上午|今天晚上|今晚|当天|今天就|下班前"
        r"|半(?:个)?小时(?:内|之内|以内)?|[\d一二两三四五六七八九十几]+ ?分钟(?:内|之内|以内)?"
        r"|[\d一二两三四五六七八九十几]+ ?个?小时(?:内|之内|以内)"
        r"|[\d一二两三四五六七八九十]+ ?点(?:前|之前|以前|半前))",
        r"正在(?:帮|给|为)?(?:您|你)?(?:查|处理|办|联系|安排|核实|看|申请|提交|check)",
    ),
    "take_ownership": (
        r"我亲自|亲自(?:给|帮|跟|处理|负责|跟进|盯|去)|我来(?:跟进|负责|处理|盯|跟|办|解决)"
        r"|我(?:会|一定|保证)?(?:再)?(?:给您|给你)回(?:电|电话|个电话|复)|跟进到底|负责到底|管到底",
        r"有(?:进展|消息|结果|答复)(?:了)?(?:我)?(?:会)?(?:第一时间|马上|随时|立刻)?(?:告诉|通知|联系|打给)(?:您|你)"
        r"|直接找我|(?:我的|这是我的)(?:工号|电话|号码|分机)|工号是|交给我|包在我身上|算我的|我的责任",
    ),
    "propose_solution": (
        r"(?:我|我们)(?:这边)?(?:可以|能)(?:帮|给|为)?(?:您|你)?(?:换|修|退|补|重新|改|调|开|恢复"
        r"|寄|送|安排|处理|解决|办|转|取消)",
        r"这样吧|要不(?:这样|我|我们)|(?:给|帮)(?:您|你)(?:换(?:一|个|成|回)?|修|补办|补发|重新|改(?:成|回)"
        r"|调(?:成|回)|寄|恢复|开通|取消|退)",
        r"解决(?:办法|方案)是|办法是|最好的(?:办法|方案)|我建议|建议(?:您|你)",
    ),
    "compensate": (
        r"退(?:款|钱|还|给您|给你|您|你)|补偿|赔偿|赔(?:您|你)|免(?:了|掉|除|单|收)|减免|代金券"
        r"|优惠券|抵扣|(?:补|送|返|赠)(?:给)?(?:您|你)?[^，。！？,.!?]{0,4}"
        r"(?:话费|流量|[\d一二两三四五六七八九十百]+ ?(?:块|元|g|个月))"
        r"|(?:一点|小小的)?(?:心意|补偿)|不收(?:您|你)?(?:钱|费)",
    ),
    "offer_options": (
        r"要么.{1,40}要么|(?:或者|或是)|两(?:个|种)(?:方案|办法|选择|选项)|几(?:个|种)(?:方案|办法|选择)"
        r"|一(?:个|是|种)[^。？！]{1,30}(?:另一|二是|一个是|还有一)",
        r"(?:您|你)(?:看|选|想|要)是?[^。？！]{1,25}还是|(?:您|你)(?:可以)?(?:选|挑|自己选|任选)"
        r"|哪(?:个|种|样)(?:更)?(?:方便|合适|好|适合)|看(?:您|你)(?:怎么|方便|的意思|选)",
    ),
    "manage_expectations": (
        r"(?:一般|通常|大概|大约|最快|至少|正常)(?:也)?(?:要|需要|得)"
        r"[\d一二两三四五六七八九十几半]+ ?个?"
        r"(?:工作日|天|周|星期|小时|月)",
        r"(?:没法|不能|不敢)(?:跟您|给您)?(?:保证|打包票)|说实话|实话说|老实说|最早(?:也)?(?:要|得)"
        r"|可能(?:要|会)(?:晚|慢|等)",
    ),
    "explain_reason": (
        r"因为|原因(?:是|在于|找到|就是)|是由于|由于|之所以|导致|造成(?:的|了)",
        r"(?:出了?|发生了?|有)(?:点)?(?:故障|问题)|坏了|被[^，。]{1,4}(?:坏|弄|打|送|扣|删)"
        r"|超负荷|升级(?:时|的时候|后|出)|维护|超时",
    ),
    "restate_facts": (
        r"也就是说|(?:您|你)(?:是说|的意思是|刚才说|说的是)|我(?:理解|听)(?:的|下来)(?:是|意思)"
        r"|(?:我)?(?:跟您|和您)?确认一下|我复述|换句话说|我总结一下|您说的情况是",
        r"(?:每次|每回|每一次|次次|天天|每天)都|[\d一二两三四五六七八九十几]+ ?次(?:了|都|电话)",
    ),
    "open_question": (
        r"(?:什么|哪里|哪儿|哪些|怎么(?!不|没)|怎样|多久|几点|什么时候|哪天|如何)[^。！，,]{0,20}[？?]",
        r"(?:能|可以|麻烦)(?:跟我|给我|和我)?(?:说说|讲讲|描述|具体说)|具体(?:是)?(?:怎么|什么|哪)"
        r"|详细(?:说|讲)",
    ),
}
