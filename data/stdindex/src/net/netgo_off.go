package net

const netGoBuildTag = false
