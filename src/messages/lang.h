// The two languages every user-facing sentence is written in.
#pragma once

namespace guidecheck::msg {

enum class Lang { Zh, En };

}  // namespace guidecheck::msg
