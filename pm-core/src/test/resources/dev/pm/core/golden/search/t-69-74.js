pmSearch.shard("69-74",{"its":[0,2]});
